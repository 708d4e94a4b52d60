package ru.nastavnik.diary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Кто записал встречу: куратор или наставник по личной ссылке на дневник")
public enum RecordedVia {
    CURATOR, DIARY_LINK
}
