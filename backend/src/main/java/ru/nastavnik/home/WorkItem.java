package ru.nastavnik.home;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkItem", description = "Одно дело, которое ждёт куратора")
public record WorkItem(
        @Schema(required = true) WorkKind kind,
        @Schema(required = true) Pair pair,
        @Schema(required = true, description = "С какого дня дело ждёт или к какому дню его надо сделать")
        LocalDate date,
        @Schema(required = true, description = "Что ждёт, одной фразой") String description,
        @Schema(required = true, description = "Чего касается: пары, мероприятия, анкеты или практики")
        UUID refId) {

    @Schema(name = "WorkItemPair", description = "Пара или группа, которой касается дело")
    public record Pair(
            @Schema(required = true) UUID id,
            @Schema(required = true) String mentorName,
            @Schema(required = true) List<String> menteeNames) {
    }
}
