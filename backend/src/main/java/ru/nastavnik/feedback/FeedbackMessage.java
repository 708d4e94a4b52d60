package ru.nastavnik.feedback;

import io.quarkus.mailer.Mail;

/** The e-mail that carries one fill link: plain text and HTML saying the same. */
record FeedbackMessage(String to, String subject, String text, String html) {

    /** What the message says, all of it already in words. */
    record Content(String greeting, boolean throughGuardian, String participant, String school, String questionnaire,
            String pair, String until, String url) {
    }

    static FeedbackMessage of(String to, Content c) {
        String subject = "Анкета «" + c.questionnaire() + "» — программа наставничества";
        String ask = c.throughGuardian()
                ? c.school() + " просит " + c.participant() + " заполнить анкету «" + c.questionnaire()
                        + "». Письмо пришло вам, потому что вы дали согласие на участие ребёнка в программе "
                        + "наставничества: передайте ему ссылку или заполните анкету вместе."
                : c.school() + " просит вас заполнить анкету «" + c.questionnaire()
                        + "» в программе наставничества.";
        String text = "Здравствуйте, " + c.greeting() + "!\n\n" + ask + "\n\nПара: " + c.pair()
                + ".\n\nАнкета открывается по ссылке (она действует до " + c.until() + "):\n" + c.url()
                + "\n\nСсылка личная: не пересылайте её другим людям. Если срок истёк, попросите куратора программы "
                + "прислать новую.\n\nПисьмо отправлено автоматически, отвечать на него не нужно.\n";
        String html = "<!DOCTYPE html><html lang=\"ru\"><body>"
                + "<p>Здравствуйте, " + escape(c.greeting()) + "!</p>"
                + "<p>" + escape(ask) + "</p>"
                + "<p>Пара: " + escape(c.pair()) + ".</p>"
                + "<p><a href=\"" + escape(c.url()) + "\">Заполнить анкету «" + escape(c.questionnaire()) + "»</a>"
                + "<br>Ссылка действует до " + escape(c.until()) + ".</p>"
                + "<p>Ссылка личная: не пересылайте её другим людям. Если срок истёк, попросите куратора программы "
                + "прислать новую.</p>"
                + "<p>Письмо отправлено автоматически, отвечать на него не нужно.</p>"
                + "</body></html>";
        return new FeedbackMessage(to, subject, text, html);
    }

    Mail mail() {
        return Mail.withText(to, subject, text).setHtml(html);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
