package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Сторона пары: наставник или наставляемый")
public enum PairSide {
    MENTOR("наставник"), MENTEE("наставляемый");

    public final String label;

    PairSide(String label) {
        this.label = label;
    }
}
