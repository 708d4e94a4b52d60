package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид наставничества: традиционное, групповое, краткосрочное (целеполагающее), реверсивное, "
        + "ситуационное, скоростное, виртуальное (дистанционное)")
public enum MentorshipKind {
    TRADITIONAL("традиционное"),
    GROUP("групповое"),
    SHORT_TERM("краткосрочное (целеполагающее)"),
    REVERSE("реверсивное"),
    SITUATIONAL("ситуационное"),
    SPEED("скоростное"),
    VIRTUAL("виртуальное (дистанционное)");

    public final String label;

    MentorshipKind(String label) {
        this.label = label;
    }
}
