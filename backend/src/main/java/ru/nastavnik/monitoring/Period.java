package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.common.ApiException;

/**
 * The period of a figure: an academic year (1 September to 31 August) or one of its halves — I: 1 September to
 * 31 January, II: 1 February to 31 August — so that the two halves make the year without a gap. A figure "as of" a
 * date ends its period on that date. {@code startYear} names the academic year, whose contingent is the denominator.
 *
 * @param half 1 or 2 for a half-year, null for the whole year
 * @param to   the last day counted: the period's end, or the date of the figure when that comes earlier
 */
public record Period(int startYear, Integer half, LocalDate from, LocalDate to, LocalDate asOf) {

    private static final Pattern HALF = Pattern.compile("(\\d{4})-([12])");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The period a request asks for: a year, a half-year or, without either, the academic year of the date. */
    public static Period of(Integer year, String half, LocalDate asOf, LocalDate today) {
        LocalDate date = asOf != null ? asOf : today;
        if (year != null && half != null) {
            throw ApiException.invalid("half", "Укажите либо учебный год, либо полугодие");
        }
        Period p;
        if (half != null) {
            Matcher m = HALF.matcher(half.strip());
            if (!m.matches()) {
                throw ApiException.invalid("half", "Полугодие записывается как 2026-1 (I полугодие 2026/27) или 2026-2");
            }
            p = half(checked("half", Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)), date);
        } else {
            p = year(checked("year", year != null ? year : academicYear(date)), date);
        }
        if (date.isBefore(p.from)) {
            throw ApiException.invalid("asOf", "Дата среза раньше начала периода (" + p.from + ")");
        }
        return p;
    }

    static Period year(int startYear, LocalDate asOf) {
        return clipped(startYear, null, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31), asOf);
    }

    static Period half(int startYear, int half, LocalDate asOf) {
        LocalDate from = half == 1 ? LocalDate.of(startYear, 9, 1) : LocalDate.of(startYear + 1, 2, 1);
        LocalDate end = half == 1 ? LocalDate.of(startYear + 1, 1, 31) : LocalDate.of(startYear + 1, 8, 31);
        return clipped(startYear, half, from, end, asOf);
    }

    /** The academic year a date falls in, by the year it starts. */
    static int academicYear(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    /** The half-year a date falls in. */
    static Period halfOf(LocalDate date, LocalDate asOf) {
        int year = academicYear(date);
        return half(year, date.isBefore(LocalDate.of(year + 1, 2, 1)) ? 1 : 2, asOf);
    }

    /** The {@code count} half-years ending with the one this period ends in, oldest first. */
    List<Period> trend(int count) {
        List<Period> halves = new ArrayList<>();
        Period p = halfOf(to, asOf);
        for (int i = 0; i < count; i++) {
            halves.add(0, p);
            p = p.half == 1 ? half(p.startYear - 1, 2, asOf) : half(p.startYear, 1, asOf);
        }
        return halves;
    }

    /** How the API names the period: "2026" for a year, "2026-1" for a half-year. */
    public String key() {
        return half == null ? String.valueOf(startYear) : startYear + "-" + half;
    }

    public String label() {
        String year = startYear + "/" + String.valueOf(startYear + 1).substring(2);
        return half == null ? year + " учебный год" : (half == 1 ? "I" : "II") + " полугодие " + year;
    }

    private static Period clipped(int startYear, Integer half, LocalDate from, LocalDate end, LocalDate asOf) {
        return new Period(startYear, half, from, asOf.isBefore(end) ? asOf : end, asOf);
    }

    private static int checked(String field, int startYear) {
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
            throw ApiException.invalid(field, "Учебный год — от " + FIRST_YEAR + " до " + LAST_YEAR);
        }
        return startYear;
    }
}
