package ru.nastavnik.common.table;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.dhatim.fastexcel.Workbook;

import ru.nastavnik.common.Downloads;

/**
 * A list as a downloadable table: the columns with their Russian headers and the rows. Every export of the API goes
 * through here, so that all of them open the same way in Russian Excel.
 */
public final class TableExport {

    private TableExport() {
    }

    public static <T> Response response(TableFormat format, String baseName, List<TableColumn<T>> columns,
            Iterable<T> rows) {
        return response(format, baseName, List.of(), columns, rows);
    }

    /** A report: the table below a preamble that says what it is (see {@link TableWriter#open}). */
    public static <T> Response response(TableFormat format, String baseName, List<List<?>> preamble,
            List<TableColumn<T>> columns, Iterable<T> rows) {
        StreamingOutput body = out -> write(format, out, baseName, preamble, columns, rows);
        return attachment(Response.ok(body), format, baseName + " " + LocalDate.now());
    }

    public static <T> void write(TableFormat format, java.io.OutputStream out, String sheetName,
            List<List<?>> preamble, List<TableColumn<T>> columns, Iterable<T> rows) throws IOException {
        List<String> headers = columns.stream().map(TableColumn::header).toList();
        List<Integer> widths = columns.stream().map(TableColumn::width).toList();
        try (TableWriter writer = TableWriter.open(format, out, sheetName, preamble, headers, widths)) {
            writeRows(writer, columns, rows);
        }
    }

    /** One sheet of a workbook: its name, the lines above its table, the columns and the rows. */
    public record Sheet<T>(String name, List<List<?>> preamble, List<TableColumn<T>> columns, Iterable<T> rows) {

        void write(Workbook workbook) throws IOException {
            List<String> headers = columns.stream().map(TableColumn::header).toList();
            List<Integer> widths = columns.stream().map(TableColumn::width).toList();
            try (TableWriter writer = TableWriter.open(workbook, name, preamble, headers, widths)) {
                writeRows(writer, columns, rows);
            }
        }
    }

    /** An .xlsx workbook of several sheets, as consolidated reports are laid out: a summary, then its parts. */
    public static Response xlsx(String baseName, List<Sheet<?>> sheets) {
        StreamingOutput body = out -> {
            Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
            for (Sheet<?> sheet : sheets) {
                sheet.write(workbook);
            }
            workbook.finish();
        };
        return attachment(Response.ok(body), TableFormat.XLSX, baseName + " " + LocalDate.now());
    }

    private static <T> void writeRows(TableWriter writer, List<TableColumn<T>> columns, Iterable<T> rows)
            throws IOException {
        List<Object> values = new ArrayList<>(columns.size());
        for (T row : rows) {
            values.clear();
            for (TableColumn<T> c : columns) {
                values.add(c.value().apply(row));
            }
            writer.row(values);
        }
    }

    /** Content type and a file name that survives Cyrillic in every browser. */
    public static Response attachment(Response.ResponseBuilder builder, TableFormat format, String name) {
        return builder.type(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(name + "." + format.extension()))
                .build();
    }
}
