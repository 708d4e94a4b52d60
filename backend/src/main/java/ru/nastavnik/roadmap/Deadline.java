package ru.nastavnik.roadmap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline of a roadmap item: a kind and, for a day or a month, its value (a month is kept as its first day; a
 * range of months also keeps its first month). Parsed from the words roadmaps are written in, and written back the
 * same way.
 */
public record Deadline(DeadlineKind kind, LocalDate date, LocalDate from) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<String> MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр");
    private static final List<String> NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
            "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    private static final String MONTH = "([а-я]+)(?:\\s+(\\d{4}))?(?:\\s*г(?:од[а]?)?\\.?)?";
    private static final Pattern MONTHS_RANGE = Pattern.compile(MONTH + "\\s*[-–—]\\s*" + MONTH);
    private static final Pattern ONE_MONTH = Pattern.compile(MONTH);
    private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*г\\.?)?");
    private static final Pattern WORDS_DAY = Pattern.compile("(\\d{1,2})\\s+([а-я]+)(?:\\s+(\\d{4}))?(?:\\s*г(?:ода)?\\.?)?");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String FORMS = "Напишите срок как в дорожной карте: «до 01.10.2026», «сентябрь 2026», "
            + "«сентябрь – октябрь», «в течение года», «по мере необходимости», «ежемесячно», «ежеквартально»";

    public Deadline {
        if (kind.dated() != (date != null)) {
            throw new IllegalArgumentException("A " + kind + " deadline " + (kind.dated() ? "needs" : "has no") + " date");
        }
        if (from != null && (kind != DeadlineKind.MONTH || !from.isBefore(date))) {
            throw new IllegalArgumentException("Only a range of months starts earlier than it ends");
        }
    }

    public static Deadline of(DeadlineKind kind) {
        return new Deadline(kind, null, null);
    }

    public static Deadline day(LocalDate day) {
        return new Deadline(DeadlineKind.DATE, day, null);
    }

    public static Deadline month(YearMonth month) {
        return new Deadline(DeadlineKind.MONTH, month.atDay(1), null);
    }

    /**
     * A deadline as roadmaps write it. A month without a year belongs to the academic year that starts in
     * {@code startYear}: September to December to that year, January to August to the next. Anything else is an
     * IllegalArgumentException whose message says what was expected, in Russian.
     */
    public static Deadline parse(String cell, int startYear) {
        String text = cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ")
                .replaceFirst("\\.$", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Укажите срок. " + FORMS);
        }
        if (text.matches("(в )?течение (всего |учебного |календарного )?(года|периода)|весь (учебный )?год"
                + "|ежегодно|постоянно")) {
            return of(DeadlineKind.THROUGH_YEAR);
        }
        if (text.matches("по мере (необходимости|поступления|потребности)|по необходимости|по запросу")) {
            return of(DeadlineKind.AS_NEEDED);
        }
        if (text.matches("ежемесячно|каждый месяц")) {
            return of(DeadlineKind.MONTHLY);
        }
        if (text.matches("ежеквартально|каждый квартал|раз в квартал")) {
            return of(DeadlineKind.QUARTERLY);
        }
        String day = text.replaceFirst("^(до|не позднее|к|в срок до)\\s+", "");
        try {
            if (ISO_DAY.matcher(day).matches()) {
                return day(LocalDate.parse(day));
            }
            Matcher m = NUMERIC_DAY.matcher(day);
            if (m.matches()) {
                return day(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = WORDS_DAY.matcher(day);
            if (m.matches()) {
                int month = month(m.group(2), cell);
                int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearOf(month, startYear);
                return day(LocalDate.of(year, month, Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Такой даты нет: «" + cell.strip() + "»");
        }
        String months = text.replaceFirst("^(ежегодно,? )?(в )?(течение )?", "");
        Matcher range = MONTHS_RANGE.matcher(months);
        if (range.matches() && isMonth(range.group(1)) && isMonth(range.group(3))) {
            int first = month(range.group(1), cell);
            int last = month(range.group(3), cell);
            YearMonth end = YearMonth.of(range.group(4) != null ? Integer.parseInt(range.group(4))
                    : yearOf(last, startYear), last);
            YearMonth start = range.group(2) != null ? YearMonth.of(Integer.parseInt(range.group(2)), first)
                    : first <= last ? YearMonth.of(end.getYear(), first) : YearMonth.of(end.getYear() - 1, first);
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("Промежуток «" + cell.strip() + "» кончается раньше, чем начинается");
            }
            return new Deadline(DeadlineKind.MONTH, end.atDay(1), start.atDay(1));
        }
        Matcher one = ONE_MONTH.matcher(months);
        if (one.matches() && isMonth(one.group(1))) {
            int month = month(one.group(1), cell);
            return month(YearMonth.of(one.group(2) != null ? Integer.parseInt(one.group(2))
                    : yearOf(month, startYear), month));
        }
        throw new IllegalArgumentException("Срок «" + cell.strip() + "» не распознан. " + FORMS);
    }

    /** «до 01.10.2026», «сентябрь 2026», «сентябрь – октябрь 2026», «в течение года». */
    public String label() {
        return switch (kind) {
            case DATE -> "до " + DAY.format(date);
            case MONTH -> from == null ? monthLabel(date)
                    : (from.getYear() == date.getYear() ? NOMINATIVE.get(from.getMonthValue() - 1) : monthLabel(from))
                            + " – " + monthLabel(date);
            case THROUGH_YEAR -> "в течение года";
            case AS_NEEDED -> "по мере необходимости";
            case MONTHLY -> "ежемесячно";
            case QUARTERLY -> "ежеквартально";
        };
    }

    /** Whether the deadline has passed on {@code today} with the item still open: a day after it, a month after its end. */
    public boolean overdue(ItemStatus status, LocalDate today) {
        if (!status.open()) {
            return false;
        }
        return switch (kind) {
            case DATE -> date.isBefore(today);
            case MONTH -> !date.plusMonths(1).isAfter(today);
            default -> false;
        };
    }

    private static String monthLabel(LocalDate month) {
        return NOMINATIVE.get(month.getMonthValue() - 1) + " " + month.getYear();
    }

    private static int yearOf(int month, int startYear) {
        return month >= 9 ? startYear : startYear + 1;
    }

    private static boolean isMonth(String word) {
        return monthIndex(word) > 0;
    }

    private static int month(String word, String cell) {
        int month = monthIndex(word);
        if (month == 0) {
            throw new IllegalArgumentException("Месяц «" + word + "» в сроке «" + cell.strip() + "» не распознан");
        }
        return month;
    }

    /** 1–12 for a month's name in any case («сентябрь», «сентября», «мае»), 0 for any other word. */
    private static int monthIndex(String word) {
        for (int i = 0; i < MONTHS.size(); i++) {
            String stem = MONTHS.get(i);
            boolean may = stem.equals("ма");
            if (may ? word.matches("ма[йяе]") : word.startsWith(stem) && word.length() - stem.length() <= 2) {
                return i + 1;
            }
        }
        return 0;
    }
}
