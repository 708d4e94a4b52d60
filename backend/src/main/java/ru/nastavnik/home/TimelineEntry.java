package ru.nastavnik.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "Одна запись хронологии пары")
public record TimelineEntry(
        @Schema(required = true, description = "День события (для запланированного — день, на который оно назначено)")
        LocalDate date,
        @Schema(description = "Момент записи, когда он известен") Instant at,
        @Schema(required = true) TimelineKind kind,
        @Schema(required = true, description = "Ещё впереди: встреча запланирована, мероприятие не выполнено")
        boolean upcoming,
        @Schema(required = true) String title,
        String detail,
        @Schema(required = true, description = "Запись истории, встреча, мероприятие, программа, анкета или пара, "
                + "о которой речь") UUID refId) {
}
