package ru.nastavnik.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Режим работы: очный, дистанционный, смешанный")
public enum ProgrammeMode {
    IN_PERSON("очный"), REMOTE("дистанционный (онлайн)"), MIXED("смешанный");

    public final String label;

    ProgrammeMode(String label) {
        this.label = label;
    }
}
