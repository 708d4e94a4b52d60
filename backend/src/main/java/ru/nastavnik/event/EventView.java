package ru.nastavnik.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "Мероприятие с номинациями и числом участников")
public record EventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) EventLevel level,
        @Schema(required = true, description = "Организация, муниципалитет или регион — организатор") UUID organiserId,
        @Schema(required = true) String organiserName,
        @Schema(required = true) EventKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true) EventStatus status,
        @Schema(required = true) List<NominationView> nominations,
        @Schema(required = true) long entrants,
        String resultsDocument,
        Instant resultsAt,
        @Schema(required = true, description = "Может ли пользователь изменять мероприятие и подводить итоги")
        boolean organiser,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "Nomination", description = "Номинация мероприятия")
    public record NominationView(@Schema(required = true) UUID id, @Schema(required = true) String title) {
    }

    @Schema(name = "EventPage", description = "Страница списка мероприятий")
    public record Page(@Schema(required = true) List<EventView> items, @Schema(required = true) long total,
            @Schema(required = true) int page, @Schema(required = true) int size) {
    }
}
