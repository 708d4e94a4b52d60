package ru.nastavnik.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Что сделано (или при проверке было бы сделано) со строкой файла")
public enum RowAction {
    CREATED("Будет создана", "Создана"),
    UPDATED("Будет изменена", "Изменена"),
    UNCHANGED("Без изменений", "Без изменений"),
    REJECTED("Отклонена", "Отклонена");

    private final String planned;
    private final String done;

    RowAction(String planned, String done) {
        this.planned = planned;
        this.done = done;
    }

    public String label(boolean applied) {
        return applied ? done : planned;
    }
}
