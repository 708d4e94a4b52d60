package ru.nastavnik.common.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

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
        TableWriter writer = switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, sheetName, headers.size());
            case XLS, ODS -> throw new IllegalArgumentException("Tables are written as .xlsx or CSV, not " + format);
        };
        writer.row(headers);
        return writer;
    }
}
