package ru.nastavnik.common.table;

import java.nio.file.Path;
import java.util.List;

/**
 * Rows of a spreadsheet or CSV file, read one at a time so that memory does not grow with the file. Cells are
 * strings with surrounding spaces removed; an empty cell is "". Blank rows are skipped.
 */
public interface TableReader extends AutoCloseable {

    /** The next non-blank row, or null after the last one. */
    List<String> next();

    /** The number of the row last returned as a person sees it in Excel (the header is row 1 when it comes first). */
    int rowNumber();

    /** What was detected, for the report: "CSV, UTF-8, разделитель «;»", "Excel (.xlsx)", "OpenDocument (.ods)". */
    String description();

    @Override
    void close();

    static TableReader open(Path file) {
        return switch (TableFormat.sniff(file)) {
            case XLSX -> new XlsxTableReader(file);
            case XLS -> new XlsTableReader(file);
            case ODS -> new OdsTableReader(file);
            case CSV -> new CsvTableReader(file);
        };
    }

    /** Excel and CSV exports keep non-breaking spaces and padding that nobody means as data. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.replace('\u00A0', ' ').strip();
    }

    static boolean blank(List<String> row) {
        for (String cell : row) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
