package ru.nastavnik.common.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Typed cells of every workbook format as the same text: numbers as written, without exponent or trailing zeros;
 * dates as ISO dates, which {@link TableDates} reads; yes and no in Russian. Importers then need no case per format.
 */
final class Cells {

    /** Excel's built-in date formats, which workbooks reference by id only (.xlsx and .xls share the ids). */
    private static final Set<Integer> DATE_FORMAT_IDS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

    /** Excel shows and keeps at most 15 significant digits; the rest of a binary double is noise. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    /** Beyond this many digits no spreadsheet value is plain, and writing 1E+999999999 out would exhaust memory. */
    private static final int MAX_SCALE = 100;

    /** The last day Excel can show: 31.12.9999. */
    private static final double LAST_SERIAL = 2_958_465;

    private Cells() {
    }

    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (Math.abs(plain.scale()) > MAX_SCALE) {
            return plain.toString();
        }
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** A decimal number as a file writes it; null when it is not one. */
    static String number(String text) {
        try {
            return number(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A binary .xls number, e.g. 0.1 + 0.2, as Excel shows it (0.3). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return number(new BigDecimal(value, EXCEL_DIGITS));
    }

    static String bool(boolean value) {
        return value ? "да" : "нет";
    }

    /** A day serial number of Excel's calendar (1900 or 1904 based) as an ISO date; the time of day is dropped. */
    static String date(double serial, boolean date1904) {
        if (serial < 0 || serial > LAST_SERIAL) {
            return number(serial);
        }
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString();
    }

    /** An ISO 8601 date or date and time, as .xlsx "d" cells and OpenDocument hold them, as an ISO date. */
    static String isoDate(String text) {
        String value = text.strip();
        return value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-' ? value.substring(0, 10)
                : value;
    }

    /** Whether a number format shows a date: a built-in date id, or a code with a day or year outside quotes. */
    static boolean isDateFormat(int id, String format) {
        if (DATE_FORMAT_IDS.contains(id)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return bare.contains("d") || bare.contains("y");
    }
}
