package ru.nastavnik.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ru.nastavnik.common.document.Block;
import ru.nastavnik.common.document.Block.Landscape;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.Signatures;
import ru.nastavnik.common.document.Block.Span;
import ru.nastavnik.common.document.Block.Table;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.OrderContent;
import ru.nastavnik.mentorship.PairSide;
import ru.nastavnik.mentorship.SideAgreement;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;

/**
 * The wording and layout of a personalised programme as schools print it: the head's approval stamp, the title
 * block with the school, form, kind and participants, the explanatory note in the sections §4.8 of the school
 * regulations lists, the goals with their tasks, the plan of activities as a table, and the sheet where the mentor,
 * each mentee (a minor's parent or guardian) and the curator sign. Word and PDF render the same blocks.
 */
final class ProgrammeText {

    private static final String BLANK_DATE = "«___» ____________ 20___ г.";
    private static final String SIGNATURE = "____________";
    private static final String BLANK_NAME = "______________________";
    private static final List<String> PLAN_HEADER = List.of("№ п/п", "Направление", "Мероприятие", "Срок",
            "Ответственный", "Результат");
    /** Shares of the width of a landscape page the plan's columns take, in per cent. */
    private static final int[] PLAN_WIDTHS = { 5, 16, 36, 10, 13, 20 };
    /** Who, the line to sign on, the date. */
    private static final int[] SIGNATURE_WIDTHS = { 55, 17, 28 };
    private static final int SMALL = 12;
    private static final int STAMP = 55;
    private static final String[] WEEKDAYS = { "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
            "воскресенье" };
    private static final String[] ON_WEEKDAYS = { "по понедельникам", "по вторникам", "по средам", "по четвергам",
            "по пятницам", "по субботам", "по воскресеньям" };

    private final Mentorship m;
    private final Programme p;
    private final String title;
    private final List<ProgrammeActivity> plan;
    private final List<SideAgreement> agreements;
    private final Optional<OrderContent> order;

    ProgrammeText(Mentorship m, Programme p, String title, List<ProgrammeActivity> plan,
            List<SideAgreement> agreements) {
        this.m = m;
        this.p = p;
        this.title = title;
        this.plan = plan;
        this.agreements = agreements;
        this.order = Optional.ofNullable(m.order).map(o -> o.content);
    }

    /** The file name, without its extension: whose programme it is. */
    String fileName() {
        List<MentorshipMentee> mentees = m.currentMentees();
        return "Программа наставничества " + initials(m.mentor.fullName) + " — "
                + (mentees.size() == 1 ? initials(mentees.get(0).participant.fullName)
                        : "группа из " + mentees.size());
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        approval(blocks);
        blocks.add(Line.of(m.school.fullName).bold().center().size(SMALL).space(24, 0));
        blocks.add(Line.of("ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА").bold().center().size(16).space(24, 6));
        if (title != null) {
            blocks.add(Line.of("«" + title + "»").bold().center());
        }
        blocks.add(Line.of("на период с " + Labels.date(p.startsOn) + " по " + Labels.date(p.endsOn)).center()
                .space(0, 18));
        passport(blocks);

        heading(blocks, "1. Пояснительная записка");
        section(blocks, "1.1. Описание проблемы", p.problem);
        subheading(blocks, "1.2. Цели и задачи наставничества");
        if (p.goals.isEmpty()) {
            blocks.add(Line.text("Цели не сформулированы."));
        }
        int n = 1;
        for (ProgrammeGoal g : p.goals.stream().sorted(Comparator.comparingInt(g -> g.position)).toList()) {
            blocks.add(Line.of(Span.bold("Цель " + n++ + ". "), Span.plain(g.title)).indented().space(6, 0).keep());
            List<String> tasks = lines(g.tasks);
            if (!tasks.isEmpty()) {
                blocks.add(Line.of(Span.italic("Задачи:")).indented().keep());
                int t = 1;
                for (String task : tasks) {
                    blocks.add(Line.text(t++ + ") " + task));
                }
            }
        }
        section(blocks, "1.3. Содержание деятельности наставника и наставляемого", p.content);
        section(blocks, "1.4. Сроки реализации программы", "С " + Labels.date(p.startsOn) + " по "
                + Labels.date(p.endsOn) + ".");
        section(blocks, "1.5. Промежуточные результаты", p.intermediateResults);
        section(blocks, "1.6. Планируемые результаты", p.finalResults);
        section(blocks, "1.7. Режим работы и расписание встреч", schedule());
        section(blocks, "1.8. Условия обучения", p.conditions);

        blocks.add(new Landscape());
        heading(blocks, "2. План мероприятий");
        if (plan.isEmpty()) {
            blocks.add(Line.text("Мероприятия ещё не запланированы."));
        } else {
            blocks.add(new Table(PLAN_HEADER, PLAN_WIDTHS, rows(), 11));
        }

        signatures(blocks);
        return blocks;
    }

    /** «УТВЕРЖДАЮ» in the right half of the first page, for the head who approves the programme. */
    private void approval(List<Block> blocks) {
        String position = order.map(OrderContent::headPosition).orElse("Директор");
        String school = order.map(OrderContent::schoolShortName).orElse(m.school.shortName);
        String head = order.map(OrderContent::headName).orElse(BLANK_NAME);
        blocks.add(Line.of("УТВЕРЖДАЮ").bold().shift(STAMP));
        blocks.add(Line.of(position + " " + school).shift(STAMP));
        blocks.add(Line.of(SIGNATURE + " " + head).shift(STAMP).space(12, 0));
        blocks.add(Line.of(BLANK_DATE).shift(STAMP));
    }

    private void passport(List<Block> blocks) {
        List<MentorshipMentee> mentees = m.currentMentees();
        field(blocks, "Форма наставничества", Labels.form(m.form));
        field(blocks, "Вид наставничества", Labels.kind(m.kind));
        field(blocks, "Наставник", person(m.mentor));
        field(blocks, mentees.size() == 1 ? "Наставляемый" : "Наставляемые",
                String.join("; ", mentees.stream().map(mm -> person(mm.participant)).toList()));
        if (m.order != null) {
            field(blocks, "Пара закреплена", "приказом от " + Labels.date(m.order.date) + " № " + m.order.number
                    + " «" + m.order.title + "»");
        }
        order.map(OrderContent::curatorName).ifPresent(curator -> field(blocks, "Куратор", curator));
        field(blocks, "Статус программы", p.status == ProgrammeStatus.AGREED
                ? "согласована " + Labels.date(p.agreedOn) : "проект, не согласована сторонами");
    }

    private static void field(List<Block> blocks, String label, String value) {
        blocks.add(Line.of(Span.bold(label + ": "), Span.plain(value)).space(0, 3));
    }

    private static String person(Participant person) {
        return person.gradeOrPosition == null ? person.fullName
                : person.fullName + " (" + Labels.inSentence(person.gradeOrPosition) + ")";
    }

    private static void heading(List<Block> blocks, String text) {
        blocks.add(heading(text));
    }

    private static Line heading(String text) {
        return Line.of(text).bold().center().space(18, 6).keep();
    }

    private static void subheading(List<Block> blocks, String text) {
        blocks.add(Line.of(text).bold().space(9, 3).keep());
    }

    /** A section of the note: its heading, then each line of its text as a paragraph. */
    private static void section(List<Block> blocks, String heading, String text) {
        subheading(blocks, heading);
        List<String> paragraphs = lines(text);
        if (paragraphs.isEmpty()) {
            blocks.add(Line.text("Не заполнено."));
        }
        paragraphs.forEach(line -> blocks.add(Line.text(line)));
    }

    private String schedule() {
        StringBuilder s = new StringBuilder("Режим работы — ").append(p.mode.label).append(". Встречи — ")
                .append(p.meetingFrequency.label);
        if (p.meetingWeekday != null) {
            s.append(", ").append(ON_WEEKDAYS[p.meetingWeekday - 1]);
        }
        if (p.meetingTime != null) {
            s.append(", в ").append(time(p.meetingTime));
        }
        s.append('.');
        if (p.scheduleNote != null) {
            s.append(' ').append(upperFirst(p.scheduleNote));
            if (!p.scheduleNote.endsWith(".")) {
                s.append('.');
            }
        }
        return s.toString();
    }

    private List<List<List<String>>> rows() {
        List<List<List<String>>> rows = new ArrayList<>();
        int i = 1;
        for (ProgrammeActivity a : plan) {
            List<String> activity = new ArrayList<>(List.of(a.title));
            if (!a.description.isBlank()) {
                activity.add(a.description);
            }
            rows.add(List.of(List.of(i++ + "."), List.of(upperFirst(a.direction.label)), activity,
                    List.of(Labels.date(a.dueOn)), List.of(upperFirst(a.performer.label)), result(a)));
        }
        return rows;
    }

    /** The mark of execution: empty for what is still to do, to be filled in by hand on paper. */
    private static List<String> result(ProgrammeActivity a) {
        List<String> lines = new ArrayList<>();
        switch (a.status) {
            case DONE -> lines.add("Выполнено " + Labels.date(a.doneOn));
            case CANCELLED -> lines.add("Отменено");
            case IN_PROGRESS -> lines.add("Выполняется");
            case PLANNED -> {
            }
        }
        if (!a.result.isBlank()) {
            lines.add(a.result);
        }
        return lines;
    }

    /**
     * Who agreed, with their signature lines: the mentor, each mentee (for a minor, the parent or guardian who
     * agreed for them), and the curator. Before agreement the dates are blank, for signing on paper.
     */
    private void signatures(List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(signature(PairSide.MENTOR, m.mentor));
        for (MentorshipMentee mm : m.currentMentees()) {
            rows.add(signature(PairSide.MENTEE, mm.participant));
        }
        String curator = order.map(OrderContent::curatorName).map(ProgrammeText::initials).orElse(BLANK_NAME);
        rows.add(List.of("Куратор " + curator, SIGNATURE, BLANK_DATE));
        blocks.add(new Signatures(List.of(heading("3. Согласование программы"),
                Line.of("С программой ознакомлены и согласны:")), SIGNATURE_WIDTHS, rows, Block.TEXT));
    }

    private List<String> signature(PairSide side, Participant person) {
        Optional<SideAgreement> agreed = agreements.stream()
                .filter(a -> a.participantId().equals(person.id)).findFirst();
        String who = upperFirst(side.label) + " " + initials(person.fullName);
        String date = agreed.map(a -> Labels.longDate(a.agreedOn())).orElse(BLANK_DATE);
        boolean byParent = agreed.map(a -> a.givenBy() != ConsentGiver.SELF).orElse(person.birthDate != null
                && ParticipantRules.minorOn(person.birthDate, LocalDate.now()));
        if (byParent) {
            who += ", за несовершеннолетнего — " + agreed.map(a -> (a.givenBy() == ConsentGiver.PARENT ? "родитель "
                    : "законный представитель ") + initials(a.giverName()))
                    .orElse("родитель (законный представитель) " + BLANK_NAME);
        }
        return List.of(who, SIGNATURE, date);
    }

    /** "Кузнецова Ольга Ивановна" → "Кузнецова О. И.", as signature lines name people. */
    static String initials(String fullName) {
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder s = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length && i < 3; i++) {
            if (!parts[i].isEmpty() && Character.isLetter(parts[i].charAt(0))) {
                s.append(i == 1 ? " " : "").append(Character.toUpperCase(parts[i].charAt(0))).append(". ");
            }
        }
        return s.toString().trim();
    }

    /** A text field's lines, the empty ones left out. */
    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    /** 1 → «понедельник». */
    static String weekday(int isoDay) {
        return WEEKDAYS[isoDay - 1];
    }

    /** Meeting times as a timetable writes them: 15:00. */
    static String time(LocalTime t) {
        return "%02d:%02d".formatted(t.getHour(), t.getMinute());
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
