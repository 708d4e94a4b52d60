package ru.nastavnik.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Что загружается: участники, организации с контингентом, заполненные анкеты, мероприятия"
        + " дорожной карты")
public enum ImportKind {
    PARTICIPANTS, SCHOOLS, RESPONSES, ROADMAP
}
