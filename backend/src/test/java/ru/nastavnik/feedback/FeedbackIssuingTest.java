package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.feedback.FeedbackFixture.SCHOOL;
import static ru.nastavnik.feedback.FeedbackFixture.address;
import static ru.nastavnik.feedback.FeedbackFixture.curator;
import static ru.nastavnik.feedback.FeedbackFixture.name;
import static ru.nastavnik.feedback.FeedbackFixture.statuses;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.TestClock;

/** Feedback issued by itself, with the clock moved forward: when it is due, once, by e-mail or for a sheet. */
@QuarkusTest
class FeedbackIssuingTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/fill/([A-Za-z0-9_-]{43})");

    @Inject
    TestClock clock;

    @Inject
    FeedbackTask task;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<Mail> mails(String to, String subject) {
        return mailbox.getMailsSentTo(to).stream().filter(m -> m.getSubject().contains(subject)).toList();
    }

    private void runOn(LocalDate day) {
        clock.set(day);
        task.run();
    }

    static String token(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a fill link in: " + text).isTrue();
        return m.group(1);
    }

    static JsonPath fillForm(String token) {
        return as(null).get("/api/fill/" + token).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void startingAPairSendsEachMenteeTheEntrySelfAssessmentOnceByMailOrForASheet() {
        LocalDate today = LocalDate.now();
        String mentorName = name("Соколова Анна Павловна");
        String withMail = name("Белов Кирилл");
        String withoutMail = name("Зайцева Вера");
        String family = address("belov-family");
        UUID mentor = FeedbackFixture.teacher(mentorName, address("sokolova"));
        UUID a = FeedbackFixture.pupil(withMail, family);
        UUID b = FeedbackFixture.pupil(withoutMail, null);
        clock.set(today);
        UUID pair = FeedbackFixture.active(mentor, List.of(a, b), 6);

        assertThat(statuses(pair, a, "ENTRY")).containsExactly("PENDING");
        assertThat(statuses(pair, b, "ENTRY")).containsExactly("PENDING");
        assertThat(FeedbackFixture.overview(pair).getList("deliveries.participantId")).doesNotContain(
                mentor.toString());

        runOn(today);
        runOn(today);

        List<Mail> sent = mails(family, "Входная самооценка");
        assertThat(sent).hasSize(1);
        Mail mail = sent.get(0);
        assertThat(mail.getTo()).containsExactly(family);
        assertThat(mail.getSubject()).isEqualTo("Анкета «Входная самооценка» — программа наставничества");
        assertThat(mail.getText()).startsWith("Здравствуйте, Родитель " + withMail + "!")
                .contains("просит " + withMail + " заполнить анкету «Входная самооценка»")
                .contains("Пара: " + mentorName + " — ")
                .contains("действует до ");
        assertThat(mail.getHtml()).contains("<a href=\"").contains("Заполнить анкету «Входная самооценка»");
        String token = token(mail.getText());
        assertThat(mail.getHtml()).contains(token);
        JsonPath form = fillForm(token);
        assertThat(form.getString("title")).isEqualTo("Входная самооценка");
        assertThat(form.getString("participantName")).isEqualTo(withMail);

        JsonPath overview = FeedbackFixture.overview(pair);
        assertThat(overview.getString("deliveries.find { it.participantId == '" + a + "' }.status"))
                .isEqualTo("EMAILED");
        assertThat(overview.getString("deliveries.find { it.participantId == '" + a + "' }.email")).isEqualTo(family);
        assertThat(overview.getString("deliveries.find { it.participantId == '" + b + "' }.status"))
                .isEqualTo("TO_PRINT");
        assertThat(overview.getString("deliveries.find { it.participantId == '" + b + "' }.channel"))
                .isEqualTo("SHEET");
        assertThat(FeedbackFixture.links(a, "Входная самооценка")).isEqualTo(1);
        assertThat(FeedbackFixture.links(b, "Входная самооценка")).isZero();
    }

    @Test
    void intermediateFeedbackComesOnEachDueDateExactlyOnce() {
        LocalDate start = LocalDate.now();
        String menteeMail = address("orlov-family");
        String mentorMail = address("kuznetsova");
        UUID mentor = FeedbackFixture.teacher(name("Кузнецова Ольга"), mentorMail);
        UUID mentee = FeedbackFixture.pupil(name("Орлов Никита"), menteeMail);
        clock.set(start);
        UUID pair = FeedbackFixture.active(mentor, List.of(mentee), 6);
        Map<String, Object> schedule = FeedbackFixture.schedule(pair, Map.of("mode", "PERIODIC", "firstAfterMonths",
                1, "everyMonths", 2, "includeMentor", true));
        assertThat(schedule.get("dueDates")).isEqualTo(List.of(start.plusMonths(1).toString(),
                start.plusMonths(3).toString(), start.plusMonths(5).toString()));

        runOn(start.plusMonths(1).minusDays(1));
        assertThat(mails(menteeMail, "Промежуточная обратная связь")).isEmpty();
        assertThat(mails(mentorMail, "Промежуточная обратная связь")).isEmpty();

        runOn(start.plusMonths(1));
        runOn(start.plusMonths(1));
        runOn(start.plusMonths(2));
        assertThat(mails(menteeMail, "Промежуточная обратная связь")).hasSize(1);
        assertThat(mails(mentorMail, "Промежуточная обратная связь")).hasSize(1);
        assertThat(mails(mentorMail, "Входная самооценка")).as("the entry one is for mentees").isEmpty();

        // Nothing ran on the day itself: the second date is issued when the task next runs, once.
        runOn(start.plusMonths(3).plusDays(4));
        runOn(start.plusMonths(3).plusDays(5));
        assertThat(mails(menteeMail, "Промежуточная обратная связь")).hasSize(2);
        assertThat(mails(mentorMail, "Промежуточная обратная связь")).hasSize(2);
        assertThat(FeedbackFixture.links(mentee, "Промежуточная обратная связь")).isEqualTo(2);

        assertThat(statuses(pair, mentee, "INTERMEDIATE")).as("the newer link replaces the older")
                .containsExactly("REPLACED", "EMAILED");
        assertThat(FeedbackFixture.overview(pair).getList("nextDates", String.class))
                .containsExactly(start.plusMonths(5).toString());
        String second = token(mails(menteeMail, "Промежуточная обратная связь").get(1).getText());
        assertThat(fillForm(second).getString("title")).isEqualTo("Промежуточная обратная связь");
    }

    @Test
    void completionSendsSatisfactionQualityAndTheFinalSelfAssessment() throws Exception {
        LocalDate start = LocalDate.now();
        String menteeMail = address("lebedev-family");
        String mentorName = name("Морозова Ирина");
        UUID mentor = FeedbackFixture.teacher(mentorName, null);
        UUID mentee = FeedbackFixture.pupil(name("Лебедев Артём"), menteeMail);
        clock.set(start);
        UUID pair = FeedbackFixture.active(mentor, List.of(mentee), 4);
        runOn(start);
        FeedbackFixture.act(pair, "complete", Map.of("endedOn", start.toString(), "outcome", "EFFECTIVE",
                "finalMeetingHeld", true));
        runOn(start);

        assertThat(mails(menteeMail, "Входная самооценка")).as("entry and final").hasSize(2);
        assertThat(mails(menteeMail, "Удовлетворённость участием (наставляемый)")).hasSize(1);
        assertThat(mails(menteeMail, "Качество программы наставничества")).hasSize(1);
        assertThat(mails(menteeMail, "(наставник)")).isEmpty();
        assertThat(statuses(pair, mentee, "ENTRY")).as("the final measurement's link replaces the entry one")
                .containsExactly("REPLACED");
        assertThat(statuses(pair, mentee, "FINAL_ENTRY")).containsExactly("EMAILED");
        assertThat(statuses(pair, mentor, "SATISFACTION")).containsExactly("TO_PRINT");
        assertThat(statuses(pair, mentor, "QUALITY")).containsExactly("TO_PRINT");
        assertThat(FeedbackFixture.overview(pair).getList("nextDates")).isEmpty();

        byte[] sheet = as(curator()).post(FeedbackFixture.path(pair) + "/feedback/sheet").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        List<String> titles = Sheets.qrCodes(sheet).stream().map(url -> {
            JsonPath form = fillForm(token(url));
            assertThat(form.getString("participantName")).isEqualTo(mentorName);
            return form.getString("title");
        }).sorted().toList();
        assertThat(titles).containsExactly("Качество программы наставничества",
                "Удовлетворённость участием (наставник)");
        assertThat(statuses(pair, mentor, "SATISFACTION")).containsExactly("PRINTED");
    }

    @Test
    void theSheetCarriesQrCodesOfEachPersonsOwnLinkAndReprintingRevokesThePrintedOnes() throws Exception {
        LocalDate today = LocalDate.now();
        String first = name("Фёдоров Глеб");
        String second = name("Никитина Дарья");
        UUID mentor = FeedbackFixture.teacher(name("Волкова Елена"), null);
        UUID a = FeedbackFixture.pupil(first, null);
        UUID b = FeedbackFixture.pupil(second, null);
        clock.set(today);
        UUID pair = FeedbackFixture.active(mentor, List.of(a, b), 6);

        // Printed right away, without waiting for the task: nobody here has an address.
        byte[] sheet = printPair(pair);
        List<String> printed = Sheets.qrCodes(sheet);
        assertThat(printed).hasSize(2);
        assertThat(printed.stream().map(url -> fillForm(token(url)).getString("participantName")))
                .containsExactlyInAnyOrder(first, second);
        String text = Sheets.text(sheet);
        assertThat(text).contains(first).contains(second).contains("«Входная самооценка»")
                .contains("Ссылка действует до").contains("/fill/");
        assertThat(statuses(pair, a, "ENTRY")).containsExactly("PRINTED");

        List<String> reprinted = Sheets.qrCodes(printPair(pair));
        assertThat(reprinted).hasSize(2).doesNotContainAnyElementsOf(printed);
        for (String url : printed) {
            as(null).get("/api/fill/" + token(url)).then().statusCode(410);
        }
        String aLink = reprinted.stream().filter(url -> fillForm(token(url)).getString("participantName")
                .equals(first)).findFirst().orElseThrow();
        as(null).body(Map.of("answers", Map.of("confidence", 6, "subject", 5, "motivation", 7, "communication", 4)))
                .post("/api/fill/" + token(aLink)).then().statusCode(201);
        assertThat(statuses(pair, a, "ENTRY")).containsExactly("FILLED");

        List<String> third = Sheets.qrCodes(printPair(pair));
        assertThat(third).as("a filled questionnaire is not printed again").hasSize(1);
        assertThat(fillForm(token(third.get(0))).getString("participantName")).isEqualTo(second);
        assertThat(FeedbackFixture.links(a, "Входная самооценка")).isEqualTo(2);
    }

    @Test
    void theSchoolsSheetPrintsWhatWaitsAcrossItsPairsOnceAndThenThereIsNothingToPrint() throws Exception {
        LocalDate today = LocalDate.now();
        String person = name("Григорьев Лев");
        UUID pupil = FeedbackFixture.pupil(person, null);
        clock.set(today);
        UUID pair = FeedbackFixture.active(FeedbackFixture.teacher(name("Титова Нина"), null), List.of(pupil), 6);
        runOn(today);
        assertThat(statuses(pair, pupil, "ENTRY")).containsExactly("TO_PRINT");
        assertThat(listed("status=TO_PRINT").stream().map(item -> item.get("participantName"))).contains(person);

        byte[] sheet = as(curator()).post("/api/schools/" + SCHOOL + "/feedback/sheet").then().statusCode(200)
                .extract().asByteArray();
        assertThat(Sheets.qrCodes(sheet).stream().map(url -> fillForm(token(url)).getString("participantName")))
                .contains(person);
        assertThat(statuses(pair, pupil, "ENTRY")).containsExactly("PRINTED");
        as(curator()).post("/api/schools/" + SCHOOL + "/feedback/sheet").then().statusCode(409)
                .contentType("application/problem+json").body("title", org.hamcrest.Matchers.equalTo("Печатать нечего"));
        List<Map<String, Object>> notReturned = listed("status=EMAILED&status=PRINTED&status=EXPIRED");
        assertThat(notReturned.stream().map(item -> item.get("participantName"))).contains(person);
        assertThat(notReturned.stream().map(item -> item.get("status"))).allMatch(s -> List.of("EMAILED", "PRINTED",
                "EXPIRED").contains(s));
    }

    @Test
    void withdrawingConsentCancelsWhatHasNotReachedThePersonYet() {
        LocalDate today = LocalDate.now();
        String bMail = address("pavlova-family");
        UUID a = FeedbackFixture.pupil(name("Егоров Степан"), null);
        UUID b = FeedbackFixture.pupil(name("Павлова Мария"), bMail);
        clock.set(today);
        UUID pair = FeedbackFixture.active(FeedbackFixture.teacher(name("Андреева Тамара"), null), List.of(a, b), 6);
        FeedbackFixture.schedule(pair, Map.of("mode", "DATES", "dates", List.of(today.plusDays(5).toString())));

        as(curator()).body(Map.of("withdrawnOn", today.toString())).post("/api/schools/" + SCHOOL + "/participants/"
                + a + "/consents/withdraw").then().statusCode(200);
        JsonPath overview = FeedbackFixture.overview(pair);
        assertThat(overview.getString("deliveries.find { it.participantId == '" + a + "' }.status"))
                .isEqualTo("CANCELLED");
        assertThat(overview.getString("deliveries.find { it.participantId == '" + a + "' }.cancelReason"))
                .contains("отозвал согласие");

        runOn(today);
        runOn(today.plusDays(5));
        assertThat(statuses(pair, a, "INTERMEDIATE")).isEmpty();
        assertThat(statuses(pair, b, "INTERMEDIATE")).containsExactly("EMAILED");
    }

    @Test
    void aTerminatedPairGetsNoMoreIntermediateFeedback() {
        LocalDate today = LocalDate.now();
        UUID mentee = FeedbackFixture.pupil(name("Сидоров Пётр"), null);
        clock.set(today);
        UUID pair = FeedbackFixture.active(FeedbackFixture.teacher(name("Ершова Лидия"), null), List.of(mentee), 6);
        FeedbackFixture.schedule(pair, Map.of("mode", "DATES", "dates", List.of(today.plusDays(10).toString(),
                today.plusDays(20).toString())));
        runOn(today.plusDays(10));
        assertThat(statuses(pair, mentee, "INTERMEDIATE")).containsExactly("TO_PRINT");

        clock.set(today);
        FeedbackFixture.act(pair, "terminate", Map.of("reason", "MENTEE_INITIATIVE", "endedOn", today.toString()));
        assertThat(statuses(pair, mentee, "INTERMEDIATE")).containsExactly("CANCELLED");
        runOn(today.plusDays(20));
        assertThat(statuses(pair, mentee, "INTERMEDIATE")).containsExactly("CANCELLED");
        assertThat(FeedbackFixture.overview(pair).getList("nextDates")).isEmpty();
    }

    /** Every page of the school's feedback list: the school accumulates deliveries from the whole suite. */
    private static List<Map<String, Object>> listed(String filter) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonPath answer = as(curator()).get("/api/schools/" + SCHOOL + "/feedback?" + filter + "&size=100&page="
                    + page).then().statusCode(200).extract().jsonPath();
            items.addAll(answer.getList("items"));
            if (items.size() >= answer.getLong("total") || answer.getList("items").isEmpty()) {
                return items;
            }
        }
    }

    private static byte[] printPair(UUID pair) {
        return as(curator()).post(FeedbackFixture.path(pair) + "/feedback/sheet").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }
}
