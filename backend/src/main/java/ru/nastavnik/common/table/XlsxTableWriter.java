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

/** One sheet with a bold, frozen header row; text goes inline so that no string table builds up in memory. */
final class XlsxTableWriter implements TableWriter {

    /** The region's users read times in their own zone; Moscow time is what official documents use. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private int row;

    XlsxTableWriter(OutputStream out, String sheetName, int columns) {
        this.workbook = new Workbook(out, "Nastavnik", "1.0");
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        this.columns = columns;
        for (int c = 0; c < columns; c++) {
            sheet.width(c, 22);
        }
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            if (value instanceof Number n) {
                sheet.value(row, c, n);
            } else if (value instanceof Boolean b) {
                sheet.inlineString(row, c, b ? "да" : "нет");
            } else if (value instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("dd.mm.yyyy").set();
            } else if (value instanceof TemporalAccessor t) {
                sheet.value(row, c, moscow(t).toLocalDateTime());
                sheet.style(row, c).format("dd.mm.yyyy hh:mm").set();
            } else {
                sheet.inlineString(row, c, value.toString());
            }
        }
        if (row == 0) {
            sheet.range(0, 0, 0, Math.max(0, columns - 1)).style().bold().set();
            sheet.freezePane(0, 1);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
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
        workbook.finish();
    }
}
