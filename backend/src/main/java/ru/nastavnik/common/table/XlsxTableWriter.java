package ru.nastavnik.common.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet with a bold, frozen header row; text goes inline so that no string table builds up in memory. A text
 * wider than its column wraps, so that a long one is read in full rather than hidden under the next cell; its row
 * reads from the top and is made tall enough for it, since spreadsheet programs do not all fit a row's height to
 * wrapped text when they open a file. A report (a table below a preamble, whose first line, the title, is bold) prints
 * landscape, one page wide, with the header row repeated on every page.
 */
final class XlsxTableWriter implements TableWriter {

    /** The region's users read times in their own zone; Moscow time is what official documents use. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int FLUSH_EVERY = 1000;
    private static final int WIDTH = 22;
    private static final double LINE_HEIGHT = 15.0;
    /** Words wrap at spaces and Cyrillic letters are wider than the digit a column's width is counted in. */
    private static final double CHARACTERS_PER_WIDTH = 1 / 1.25;

    private final Workbook workbook;
    /** Whether closing this table ends the workbook, or only its sheet (a workbook of several sheets). */
    private final boolean ownsWorkbook;
    private final Worksheet sheet;
    private final int[] widths;
    private final int headerRow;
    private int row;

    /** {@code widths} in characters, one per column, null for the usual width. */
    XlsxTableWriter(OutputStream out, String sheetName, List<Integer> widths, int headerRow) {
        this(new Workbook(out, "Nastavnik", "1.0"), true, sheetName, widths, headerRow);
    }

    /** A sheet of a workbook that its opener ends ({@link Workbook#finish}) after the last sheet. */
    XlsxTableWriter(Workbook workbook, String sheetName, List<Integer> widths, int headerRow) {
        this(workbook, false, sheetName, widths, headerRow);
    }

    private XlsxTableWriter(Workbook workbook, boolean ownsWorkbook, String sheetName, List<Integer> widths,
            int headerRow) {
        this.workbook = workbook;
        this.ownsWorkbook = ownsWorkbook;
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        this.widths = widths.stream().mapToInt(w -> w == null ? WIDTH : w).toArray();
        this.headerRow = headerRow;
        for (int c = 0; c < this.widths.length; c++) {
            sheet.width(c, this.widths[c]);
        }
        if (headerRow > 0) {
            sheet.pageOrientation("landscape");
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            sheet.repeatRows(headerRow);
        }
    }

    @Override
    public void row(List<?> values) throws IOException {
        int lines = 1;
        for (int c = 0; row >= headerRow && c < values.size(); c++) {
            if (values.get(c) instanceof String text && text.length() > width(c)) {
                lines = Math.max(lines, (int) Math.ceil(text.length() / (width(c) * CHARACTERS_PER_WIDTH)));
            }
        }
        boolean wraps = lines > 1;
        if (wraps) {
            sheet.rowHeight(row, Math.min(Worksheet.MAX_ROW_HEIGHT, lines * LINE_HEIGHT));
        }
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            String format = null;
            if (value instanceof Number n) {
                sheet.value(row, c, n);
            } else if (value instanceof Boolean b) {
                sheet.inlineString(row, c, b ? "да" : "нет");
            } else if (value instanceof LocalDate d) {
                sheet.value(row, c, d);
                format = "dd.mm.yyyy";
            } else if (value instanceof TemporalAccessor t) {
                sheet.value(row, c, moscow(t).toLocalDateTime());
                format = "dd.mm.yyyy hh:mm";
            } else {
                sheet.inlineString(row, c, value.toString());
            }
            boolean header = row == headerRow || (row == 0 && c == 0);
            if (format != null || wraps || header) {
                var style = sheet.style(row, c);
                if (format != null) {
                    style.format(format);
                }
                if (wraps) {
                    style.wrapText(true).verticalAlignment("top");
                }
                if (header) {
                    style.bold();
                }
                style.set();
            }
        }
        if (row == headerRow) {
            sheet.freezePane(0, row + 1);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private int width(int column) {
        return column < widths.length ? widths[column] : WIDTH;
    }

    static ZonedDateTime moscow(TemporalAccessor t) {
        if (t instanceof Instant i) {
            return i.atZone(ZONE);
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(ZONE);
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZONE);
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(ZONE);
        }
        throw new IllegalArgumentException("Unsupported temporal " + t.getClass());
    }

    @Override
    public void close() throws IOException {
        if (ownsWorkbook) {
            workbook.finish();
        } else {
            sheet.finish();
        }
    }
}
