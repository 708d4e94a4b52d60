package ru.nastavnik.home;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Worklist", description = "Что требует внимания куратора организации сегодня")
public record WorklistView(
        @Schema(required = true, description = "День, на который составлен список") LocalDate today,
        @Schema(required = true, description = "Сколько дел каждого вида, по всем видам") List<Count> counts,
        @Schema(required = true, description = "Дела, самые давние первыми") List<WorkItem> items) {

    @Schema(name = "WorkCount")
    public record Count(@Schema(required = true) WorkKind kind, @Schema(required = true) int count) {
    }
}
