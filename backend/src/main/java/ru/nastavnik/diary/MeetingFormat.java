package ru.nastavnik.diary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Формат встречи: очно или дистанционно")
public enum MeetingFormat {
    IN_PERSON("очно"), REMOTE("дистанционно");

    public final String label;

    MeetingFormat(String label) {
        this.label = label;
    }
}
