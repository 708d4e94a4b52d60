package ru.nastavnik.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeActivity", description = "Мероприятие плана программы")
public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(description = "Цель программы, к которой относится мероприятие") UUID goalId,
        @Schema(required = true) ActivityDirection direction,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true, description = "Срок") LocalDate dueOn,
        @Schema(required = true, description = "Кто выполняет") Performer performer,
        @Schema(required = true) ActivityStatus status,
        @Schema(required = true, description = "Результат выполнения") String result,
        @Schema(description = "Когда выполнено") LocalDate doneOn,
        @Schema(required = true, description = "Срок прошёл, а мероприятие не выполнено и не отменено")
        boolean overdue,
        @Schema(required = true) int version) {

    static ActivityView of(ProgrammeActivity a, LocalDate today) {
        boolean open = a.status == ActivityStatus.PLANNED || a.status == ActivityStatus.IN_PROGRESS;
        return new ActivityView(a.id, a.goal == null ? null : a.goal.id, a.direction, a.title, a.description,
                a.dueOn, a.performer, a.status, a.result, a.doneOn, open && a.dueOn.isBefore(today), a.version);
    }
}
