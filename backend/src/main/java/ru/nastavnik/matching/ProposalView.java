package ru.nastavnik.matching;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchProposal", description = "Предложенная пара (в подборе групп — участник группы наставника)")
public record ProposalView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ProposalStatus status,
        @Schema(required = true) MatchPerson mentor,
        @Schema(required = true) MatchPerson mentee,
        @Schema(required = true, description = "Оценка пары в баллах") int score,
        @Schema(description = "Объяснение оценки; пусто, если участник отозвал согласие и его данные удалены")
        Explanation explanation,
        @Schema(required = true, description = "Пара получилась обменом наставляемых") boolean swapped,
        @Schema(description = "Пара, созданная из принятого предложения") UUID mentorshipId,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "Причина отклонения или недействительности") String decisionNote) {
}
