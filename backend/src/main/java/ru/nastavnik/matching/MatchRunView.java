package ru.nastavnik.matching;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.HardConstraint;
import ru.nastavnik.matching.solver.MentorshipShape;
import ru.nastavnik.matching.solver.RunScope;
import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

@Schema(name = "MatchRun", description = "Подбор пар: параметры, итоги и решения куратора")
public record MatchRunView(
        @Schema(required = true) UUID id,
        @Schema(required = true) RunScope scope,
        @Schema(description = "Организация школьного подбора") UUID schoolId,
        @Schema(description = "Муниципалитет муниципального подбора") UUID municipalityId,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true, description = "Пары (один наставляемый на наставника) или группы (до его "
                + "вместимости)") MentorshipShape shape,
        @Schema(required = true, description = "Вид, который получат принятые пары; наставник с двумя и более "
                + "принятыми наставляемыми подбора групп образует группу") MentorshipKind kind,
        @Schema(required = true) MatchWeights weights,
        @Schema(required = true) MatchRunStatus status,
        @Schema(required = true, description = "Кандидатов в наставники") int mentors,
        @Schema(required = true, description = "Кандидатов в наставляемые") int mentees,
        @Schema(required = true, description = "Наставляемых, получивших наставника") int matched,
        @Schema(required = true, description = "Сумма оценок пар") long totalScore,
        @Schema(required = true, description = "Оценка пары, совпавшей по всем критериям") int maxPairScore,
        @Schema(required = true, description = "Блокирующих пар: двое, которые оба предпочли бы друг друга "
                + "тому, что им предложено; 0 — предложение устойчиво") long blockingPairs,
        @Schema(required = true, description = "Сколько кандидатов в наставники не участвовали и почему")
        Map<HardConstraint, Integer> excludedMentors,
        @Schema(required = true) SolverFigures stats,
        @Schema(required = true) Decisions decisions,
        @Schema(required = true, description = "Какое из двух предложений рассматривается") MatchMethod method,
        @Schema(description = "Оба предложения рядом; нет у подборов, сделанных до появления устойчивого")
        MatchComparison comparison,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    @Schema(name = "MatchDecisions", description = "Сколько предложений ждут решения, принято, отклонено, "
            + "недействительно")
    public record Decisions(
            @Schema(required = true) int proposed,
            @Schema(required = true) int accepted,
            @Schema(required = true) int rejected,
            @Schema(required = true) int voided) {
    }
}
