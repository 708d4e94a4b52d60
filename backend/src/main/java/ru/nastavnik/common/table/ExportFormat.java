package ru.nastavnik.common.table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Формат выгрузки: книга Excel или CSV (UTF-8 с BOM, разделитель «;»)")
public enum ExportFormat {
    xlsx, csv;

    public TableFormat table() {
        return this == csv ? TableFormat.CSV : TableFormat.XLSX;
    }

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";
}
