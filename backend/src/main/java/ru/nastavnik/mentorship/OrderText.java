package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The wording of an order approving mentoring pairs, in the style of the orders schools sign: the school's name,
 * "ПРИКАЗ" with date and number, a preamble citing the regulation, "ПРИКАЗЫВАЮ:" with numbered points, the
 * head's signature, the acquaintance list, and the appendix listing the pairs. The Word and PDF renderings share
 * it, so both say the same.
 */
final class OrderText {

    static final String BLANK = "____________________";

    static final String[] TABLE_HEADER = { "№ п/п", "Наставник", "Наставляемый (наставляемые)", "Форма", "Вид",
            "Срок реализации программы" };

    /** Shares of the text width the appendix columns take, in per cent. */
    static final int[] COLUMN_WIDTHS = { 7, 22, 22, 16, 18, 15 };

    private final SchoolOrder order;
    private final OrderContent content;

    OrderText(SchoolOrder order) {
        this.order = order;
        this.content = order.content;
    }

    String schoolName() {
        return content.schoolFullName();
    }

    String date() {
        return Labels.longDate(order.date);
    }

    String number() {
        return "№ " + order.number;
    }

    String title() {
        return order.title;
    }

    String preamble() {
        return "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской "
                + "Федерации», методологией (целевой моделью) наставничества, утверждённой распоряжением "
                + "Министерства просвещения Российской Федерации от 25.12.2019 № Р-145, Положением о программе "
                + "наставничества " + content.schoolShortName() + ", на основании письменного согласия участников "
                + "наставнической деятельности";
    }

    List<String> points() {
        String curator = content.curatorName() == null ? BLANK
                : "(" + content.curatorName() + (content.curatorPosition() == null ? ""
                        : ", " + Labels.lowerFirst(content.curatorPosition())) + ")";
        return List.of(
                "1. Закрепить наставнические пары (группы) на период реализации персонализированных программ "
                        + "наставничества согласно приложению к настоящему приказу.",
                "2. Наставникам совместно с наставляемыми в течение двух недель со дня закрепления разработать "
                        + "персонализированные программы наставничества и обеспечить их выполнение в установленные "
                        + "сроки.",
                "3. Куратору реализации программы наставничества " + curator + " обеспечить "
                        + "организационно-методическое сопровождение наставнических пар (групп), мониторинг и "
                        + "оценку результатов реализации персонализированных программ наставничества.",
                "4. Контроль за исполнением настоящего приказа оставляю за собой.");
    }

    String headPosition() {
        return content.headPosition();
    }

    String headName() {
        return content.headName() == null ? BLANK : content.headName();
    }

    /** Who signs that they have read the order: the curator and every mentor. */
    List<String> acquainted() {
        Set<String> names = new LinkedHashSet<>();
        if (content.curatorName() != null) {
            names.add(content.curatorName());
        }
        content.rows().forEach(r -> names.add(r.mentor()));
        return new ArrayList<>(names);
    }

    String acquaintanceLine(String name) {
        return name + "  ______________  «___» ____________ 20___ г.";
    }

    List<String> appendixHeader() {
        return List.of("Приложение", "к приказу " + content.schoolShortName(),
                "от " + Labels.date(order.date) + " " + number());
    }

    String appendixTitle() {
        return "Состав наставнических пар (групп)";
    }

    /** The appendix table's rows, each cell a list of lines. */
    List<List<List<String>>> rows() {
        List<List<List<String>>> rows = new ArrayList<>();
        int i = 1;
        for (OrderContent.Row r : content.rows()) {
            rows.add(List.of(List.of(i++ + "."), List.of(r.mentor()), r.mentees(), List.of(Labels.form(r.form())),
                    List.of(Labels.kind(r.kind())), List.of("с " + Labels.date(LocalDate.parse(r.plannedStart())),
                            "по " + Labels.date(LocalDate.parse(r.plannedEnd())))));
        }
        return rows;
    }
}
