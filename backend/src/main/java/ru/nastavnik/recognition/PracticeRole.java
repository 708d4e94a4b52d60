package ru.nastavnik.recognition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Роль участника в паре: наставник или наставляемый")
public enum PracticeRole {
    MENTOR, MENTEE
}
