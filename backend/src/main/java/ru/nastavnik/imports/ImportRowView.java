package ru.nastavnik.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportRow", description = "Строка отчёта: что с ней сделано и почему")
public record ImportRowView(
        @Schema(required = true, description = "Номер строки в файле, как его показывает Excel") int row,
        @Schema(required = true) RowAction action,
        @Schema(description = "Столбец, к которому относится сообщение") String column,
        String message,
        @Schema(description = "Чем строка узнаётся: внешний код, ФИО или ИНН") String ref) {
}
