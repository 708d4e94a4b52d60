package ru.nastavnik.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние мероприятия: запланировано, выполняется, выполнено, отменено")
public enum ItemStatus {
    PLANNED("запланировано"), IN_PROGRESS("выполняется"), DONE("выполнено"), CANCELLED("отменено");

    public final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    /** Whether the item still has to be done, and so can be overdue. */
    boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
