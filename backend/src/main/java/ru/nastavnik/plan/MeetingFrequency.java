package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Как часто пара встречается по расписанию")
public enum MeetingFrequency {
    WEEKLY("еженедельно"), BIWEEKLY("раз в две недели"), MONTHLY("ежемесячно"), AS_NEEDED("по мере необходимости");

    public final String label;

    MeetingFrequency(String label) {
        this.label = label;
    }
}
