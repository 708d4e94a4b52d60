package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Кто выполняет мероприятие: наставник, наставляемый или оба")
public enum Performer {
    MENTOR("наставник"), MENTEE("наставляемый"), BOTH("наставник и наставляемый");

    public final String label;

    Performer(String label) {
        this.label = label;
    }
}
