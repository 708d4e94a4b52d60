package ru.nastavnik.diary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид встречи: пробная, планирующая, рабочая, итоговая")
public enum MeetingKind {
    TRIAL("пробная"), PLANNING("планирующая"), REGULAR("рабочая"), FINAL("итоговая");

    public final String label;

    MeetingKind(String label) {
        this.label = label;
    }
}
