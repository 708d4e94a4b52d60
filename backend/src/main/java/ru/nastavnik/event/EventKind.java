package ru.nastavnik.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид мероприятия: конкурс, конференция, семинар, фестиваль")
public enum EventKind {
    COMPETITION("Конкурс"), CONFERENCE("Конференция"), SEMINAR("Семинар"), FESTIVAL("Фестиваль");

    public final String label;

    EventKind(String label) {
        this.label = label;
    }
}
