package ru.nastavnik.common.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Russian spreadsheets hold them: 01.09.2025 (also 1.9.2025) or ISO 2025-09-01, a time part ignored. */
public final class TableDates {

    public static final String FORMAT_HINT = "Дата в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД";

    private static final Pattern RUSSIAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final DateTimeFormatter STRICT_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RUSSIAN_OUT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private TableDates() {
    }

    /** The date, or null for an empty cell; throws {@link IllegalArgumentException} with {@link #FORMAT_HINT}. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            Matcher m = RUSSIAN.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(value);
            if (m.matches()) {
                return LocalDate.parse(m.group(1), STRICT_ISO);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Такой даты нет в календаре: " + value);
        }
        throw new IllegalArgumentException(FORMAT_HINT);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : RUSSIAN_OUT.format(date);
    }
}
