package ru.nastavnik.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние мероприятия: объявлено (идёт приём участников), подведены итоги, отменено")
public enum EventStatus {
    ANNOUNCED, COMPLETED, CANCELLED
}
