package ru.nastavnik.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Участник мероприятия: наставник, наставническая пара (группа) или лучшая практика")
public enum EntrantKind {
    MENTOR, MENTORSHIP, PRACTICE
}
