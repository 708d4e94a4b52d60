package ru.nastavnik.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipOutcome;

@Schema(name = "Completion", description = "Итоги завершения пары. У действующей пары — заготовка для мастера "
        + "завершения: цели программы без итогов и итоговая встреча по дневнику")
public record CompletionView(
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true, description = "Итоги записаны (пара завершена); false — заготовка") boolean recorded,
        LocalDate completedOn,
        MentorshipOutcome outcome,
        String outcomeReason,
        @Schema(required = true, description = "Состоялась ли итоговая встреча; в заготовке — по дневнику")
        boolean finalMeetingHeld,
        @Schema(description = "Последняя проведённая итоговая встреча из дневника") FinalMeeting finalMeeting,
        @Schema(required = true, description = "Есть ли у пары персонализированная программа") boolean hasProgramme,
        @Schema(required = true, description = "Цели программы по порядку, с итогами") List<Goal> goals,
        String comment,
        String recordedBy,
        Instant recordedAt,
        @Schema(required = true, description = "Версия пары: её передают при завершении") int version) {

    @Schema(name = "CompletionGoal", description = "Цель программы и её итог")
    public record Goal(
            @Schema(required = true) UUID goalId,
            @Schema(required = true) String title,
            @Schema(required = true) String tasks,
            @Schema(description = "Итог; пусто в заготовке") GoalResult result,
            @Schema(required = true) String note) {
    }

    @Schema(name = "FinalMeeting", description = "Итоговая встреча из дневника наставника")
    public record FinalMeeting(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true) String topic) {
    }
}
