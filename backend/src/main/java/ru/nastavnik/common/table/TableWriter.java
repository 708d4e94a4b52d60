package ru.nastavnik.common.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;

/** Writes rows as they come, so that an export of any length needs no more memory than one row. */
public interface TableWriter extends Closeable {

    void row(List<?> values) throws IOException;

    /** Ends the table; the stream stays open. */
    @Override
    void close() throws IOException;

    /**
     * A table with its header row: CSV as Russian Excel opens it by double-click (UTF-8 with BOM, ';', CRLF), or an
     * .xlsx workbook with one sheet.
     */
    static TableWriter open(TableFormat format, OutputStream out, String sheetName, List<String> headers)
            throws IOException {
        return open(format, out, sheetName, List.of(), headers, List.of());
    }

    /**
     * As {@link #open(TableFormat, OutputStream, String, List)}, with lines above the header that say what the table
     * is, as a report begins (its title first), and the width of each column in characters where it matters (null
     * for the usual one; CSV has none).
     */
    static TableWriter open(TableFormat format, OutputStream out, String sheetName, List<List<?>> preamble,
            List<String> headers, List<Integer> widths) throws IOException {
        TableWriter writer = switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName, widthsOf(headers.size(), widths), preamble.size());
            case XLS, ODS -> throw new IllegalArgumentException("Tables are written as .xlsx or CSV, not " + format);
        };
        return started(writer, preamble, headers);
    }

    /** As above, as one more sheet of a workbook of several, which its opener finishes. */
    static TableWriter open(Workbook workbook, String sheetName, List<List<?>> preamble, List<String> headers,
            List<Integer> widths) throws IOException {
        return started(new XlsxTableWriter(workbook, sheetName, widthsOf(headers.size(), widths), preamble.size()),
                preamble, headers);
    }

    private static TableWriter started(TableWriter writer, List<List<?>> preamble, List<String> headers)
            throws IOException {
        for (List<?> line : preamble) {
            writer.row(line);
        }
        writer.row(headers);
        return writer;
    }

    private static List<Integer> widthsOf(int columns, List<Integer> widths) {
        List<Integer> all = new ArrayList<>(widths);
        while (all.size() < columns) {
            all.add(null);
        }
        return all;
    }
}
