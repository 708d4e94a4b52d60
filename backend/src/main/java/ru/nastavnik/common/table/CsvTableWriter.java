package ru.nastavnik.common.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

final class CsvTableWriter implements TableWriter {

    private final BufferedWriter out;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream stream) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(out);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (Object value : values) {
            printer.print(text(value));
        }
        printer.println();
    }

    /** Russian Excel reads a comma as the decimal separator and dd.mm.yyyy as a date. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        if (value instanceof LocalDate d) {
            return TableDates.format(d);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return value.toString().replace('.', ',');
        }
        if (value instanceof TemporalAccessor t) {
            return XlsxTableWriter.moscow(t).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm"));
        }
        return value.toString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        out.flush();
    }
}
