package ru.nastavnik.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Расписание промежуточной обратной связи: нет, «через N месяцев, затем каждые M месяцев», "
        + "по списку дат")
public enum ScheduleMode {
    NONE, PERIODIC, DATES
}
