package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние мероприятия: запланировано, выполняется, выполнено, отменено")
public enum ActivityStatus {
    PLANNED("запланировано"), IN_PROGRESS("выполняется"), DONE("выполнено"), CANCELLED("отменено");

    public final String label;

    ActivityStatus(String label) {
        this.label = label;
    }
}
