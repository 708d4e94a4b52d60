package ru.nastavnik.completion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ru.nastavnik.common.document.Block;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.Sides;
import ru.nastavnik.common.document.Block.Table;
import ru.nastavnik.diary.MeetingKind;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.MentorshipOutcome;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.plan.ActivityStatus;

/**
 * The wording of a pair's final report, «Отчёт о реализации персонализированной программы наставничества», as
 * schools hand it in: the school, the pair and its order, the goals with their results, the plan's activities, the
 * meetings held, the outcome, the impact table of each mentee, the participants' satisfaction, and the curator's
 * and mentor's signatures. Word and PDF lay out the same blocks.
 */
final class ReportText {

    static final String TITLE = "Отчёт о реализации персонализированной программы наставничества";
    static final String NO_DATA = "нет данных";
    private static final String SIGNATURE = "__________ / %s /";
    private static final String BLANK_NAME = "________________";
    private static final int SMALL = 12;
    private static final int CELL = 11;

    private ReportText() {
    }

    static List<Block> blocks(ReportFacts f) {
        MentorshipView m = f.pair();
        List<Block> p = new ArrayList<>();
        p.add(Line.of(f.schoolFullName()).bold().center().size(SMALL).space(0, 18));
        p.add(Line.of("ОТЧЁТ").bold().center().size(16));
        p.add(Line.of("о реализации персонализированной программы наставничества").bold().center());
        p.add(Line.of("за период с " + Labels.date(ImpactService.start(m)) + " по " + Labels.date(f.completedOn()))
                .center().space(0, 6));

        int section = 1;
        p.add(heading(section++ + ". Общие сведения"));
        p.add(table(List.of(), new int[] { 35, 65 }, general(f)));

        p.add(heading(section++ + ". Цели программы и их достижение"));
        if (!f.hasProgramme()) {
            p.add(Line.text("Персонализированная программа наставничества для пары (группы) не составлялась."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int i = 1;
            for (ReportFacts.Goal g : f.goals()) {
                rows.add(List.of(i++ + ".", g.tasks().isBlank() ? g.title() : g.title() + "\nЗадачи: " + g.tasks(),
                        upperFirst(g.result().label), g.note()));
            }
            p.add(table(List.of("№ п/п", "Цель и задачи", "Результат", "Комментарий"), new int[] { 7, 48, 17, 28 }, rows));
        }

        if (f.hasProgramme()) {
            p.add(heading(section++ + ". Выполнение плана мероприятий"));
            p.add(Line.text(activitiesSummary(f.activities())).space(0, 6));
            if (!f.activities().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                int i = 1;
                for (ReportFacts.Activity a : f.activities()) {
                    String state = a.status() == ActivityStatus.DONE ? "выполнено " + Labels.date(a.doneOn())
                            : a.status() == ActivityStatus.CANCELLED ? "отменено" : "не выполнено";
                    rows.add(List.of(i++ + ".", a.title(), Labels.date(a.dueOn()), state, a.result()));
                }
                p.add(table(List.of("№ п/п", "Мероприятие", "Срок", "Отметка о выполнении", "Результат"),
                        new int[] { 7, 38, 13, 17, 25 }, rows));
            }
        }

        p.add(heading(section++ + ". Встречи наставника и наставляемых"));
        p.add(Line.text(meetingsSummary(f)));

        p.add(heading(section++ + ". Итоги работы"));
        p.add(Line.text(outcome(m)));
        if (f.comment() != null) {
            p.add(Line.text("Комментарий куратора: " + f.comment()));
        }

        p.add(heading(section++ + ". Оценка влияния программы"));
        p.add(Line.text("Сравниваются ответы наставляемого на вопросы анкеты «" + f.questionnaire() + "» в начале и по "
                + "завершении программы (в баллах). Изменение — разница итогового и входного ответа; общее изменение "
                + "— среднее изменений по вопросам, на которые наставляемый ответил оба раза."));
        f.impact().forEach((name, c) -> impact(p, name, c));

        if (!f.satisfaction().isEmpty()) {
            p.add(heading(section + ". Удовлетворённость участников"));
            for (ReportFacts.Satisfaction s : f.satisfaction()) {
                p.add(Line.of(s.title() + " (ответили: " + s.respondents() + ")").space(6, 6).keep());
                p.add(table(List.of("Показатель", "Средняя оценка"), new int[] { 75, 25 }, s.scores().stream()
                        .map(x -> List.of(x.text(), number(x.mean()) + " из " + x.max())).toList()));
            }
        }

        p.add(Sides.of("Куратор программы наставничества", SIGNATURE.formatted(initials(f.curatorName())))
                .space(24, 0));
        p.add(Sides.of("Наставник", SIGNATURE.formatted(initials(m.mentor().fullName()))).space(18, 0));
        p.add(Line.of("«___» ____________ 20___ г.").space(18, 0));
        return p;
    }

    /** A section heading: bold, flush left, set off from the text before it and kept with what follows. */
    private static Line heading(String text) {
        return Line.of(text).bold().space(12, 6).keep();
    }

    /** A table whose cells' lines are separated by a line break; without a header, a table of labels and values. */
    private static Table table(List<String> header, int[] widths, List<List<String>> rows) {
        return new Table(header, widths, rows.stream()
                .map(row -> row.stream().map(cell -> List.of(cell.split("\n", -1))).toList()).toList(), CELL);
    }

    private static List<List<String>> general(ReportFacts f) {
        MentorshipView m = f.pair();
        List<String> mentees = ImpactService.current(m).stream().map(MentorshipView.Member::fullName).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Организация", f.schoolShortName()));
        rows.add(List.of("Наставник", m.mentor().fullName()));
        rows.add(List.of(mentees.size() > 1 ? "Наставляемые" : "Наставляемый", String.join("\n", mentees)));
        rows.add(List.of("Форма наставничества", Labels.form(m.form())));
        rows.add(List.of("Вид наставничества", Labels.kind(m.kind())));
        rows.add(List.of("Срок реализации программы", "по плану: с " + Labels.date(m.plannedStart()) + " по "
                + Labels.date(m.plannedEnd()) + "\nфактически: с " + Labels.date(ImpactService.start(m)) + " по "
                + Labels.date(f.completedOn())));
        if (m.order() != null) {
            rows.add(List.of("Приказ о закреплении пары", "от " + Labels.date(m.order().date()) + " № "
                    + m.order().number()));
        }
        rows.add(List.of("Куратор", f.curatorName() == null ? BLANK_NAME
                : f.curatorName() + (f.curatorPosition() == null ? "" : ", " + Labels.inSentence(f.curatorPosition()))));
        return rows;
    }

    static String activitiesSummary(List<ReportFacts.Activity> activities) {
        if (activities.isEmpty()) {
            return "Мероприятия в план программы не включались.";
        }
        long done = activities.stream().filter(a -> a.status() == ActivityStatus.DONE).count();
        long cancelled = activities.stream().filter(a -> a.status() == ActivityStatus.CANCELLED).count();
        return "Мероприятий в плане — " + activities.size() + ": выполнено — " + done + ", отменено — " + cancelled
                + ", не выполнено — " + (activities.size() - done - cancelled) + ".";
    }

    static String meetingsSummary(ReportFacts f) {
        Map<MeetingKind, Long> held = f.meetingsHeld();
        long total = held.values().stream().mapToLong(Long::longValue).sum();
        String counts = total == 0 ? "В дневнике наставника проведённых встреч не записано."
                : "Проведено встреч — " + total + ": " + Arrays.stream(MeetingKind.values())
                        .map(k -> kindPlural(k) + " — " + held.getOrDefault(k, 0L))
                        .collect(Collectors.joining(", ")) + ".";
        String on = f.finalMeetingOn() == null ? "" : " " + Labels.date(f.finalMeetingOn());
        String last = f.finalMeetingHeld() ? "Итоговая встреча состоялась" + on + "." : "Итоговая встреча не состоялась.";
        return counts + " " + last;
    }

    static String outcome(MentorshipView m) {
        String text = (ImpactService.current(m).size() > 1 ? "Работа наставнической группы "
                : "Работа наставнической пары ") + m.outcome().label + ".";
        return m.outcome() == MentorshipOutcome.EFFECTIVE || m.outcomeReason() == null ? text
                : text + " Обоснование: " + m.outcomeReason();
    }

    private static void impact(List<Block> p, String name, Impact.Comparison c) {
        p.add(Line.of("Наставляемый: " + name).bold().space(6, 6).keep());
        if (c.entry() == null || c.fin() == null) {
            p.add(Line.text(c.entry() == null ? "Нет данных: самооценку наставляемый не заполнял."
                    : "Нет данных для сравнения: итоговая самооценка не заполнена."));
            return;
        }
        List<List<String>> rows = c.changes().stream().map(ch -> List.of(ch.question().text(), score(ch.entry()),
                score(ch.fin()), ch.change() == null ? NO_DATA : signed(ch.change()))).toList();
        p.add(table(List.of("Показатель", "Вход", "Итог", "Изменение"), new int[] { 55, 15, 15, 15 }, rows));
        p.add(Line.text("Общее изменение: " + (c.overall() == null ? NO_DATA : points(c.overall())) + "."));
    }

    private static String kindPlural(MeetingKind kind) {
        return switch (kind) {
            case TRIAL -> "пробных";
            case PLANNING -> "планирующих";
            case REGULAR -> "рабочих";
            case FINAL -> "итоговых";
        };
    }

    private static String score(Integer score) {
        return score == null ? NO_DATA : String.valueOf(score);
    }

    /** A change with its sign, as the impact table prints it: +1,5; −0,25; 0. */
    static String signed(double value) {
        String digits = number(Math.abs(value));
        if (digits.equals("0")) {
            return digits;
        }
        return (value > 0 ? "+" : "−") + digits;
    }

    /** A change in points with the noun agreeing: +1 балл, +2 балла, −5 баллов, +1,5 балла. */
    static String points(double value) {
        String digits = number(Math.abs(value));
        String noun;
        if (digits.contains(",")) {
            noun = "балла";
        } else {
            long n = Long.parseLong(digits);
            noun = n % 10 == 1 && n % 100 != 11 ? "балл"
                    : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "балла" : "баллов";
        }
        return signed(value) + " " + noun;
    }

    /** Up to two decimals with a decimal comma, no trailing zeros: 1,5; 4,33; 2. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    private static String upperFirst(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "Щербакова Юлия Эдуардовна" signs as "Щербакова Ю. Э."; a blank to fill in by hand when nobody is named. */
    static String initials(String fullName) {
        if (fullName == null) {
            return BLANK_NAME;
        }
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder signed = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            signed.append(" ").append(parts[i].charAt(0)).append(".");
        }
        return signed.toString();
    }
}
