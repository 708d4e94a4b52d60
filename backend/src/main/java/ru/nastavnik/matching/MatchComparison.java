package ru.nastavnik.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.MatchResult;

/** The two proposals of a run side by side, as they were computed. */
@Schema(name = "MatchComparison", description = "Оптимальное и устойчивое предложения подбора рядом")
public record MatchComparison(
        @Schema(required = true) Figures optimal,
        @Schema(required = true) Figures stable,
        @Schema(required = true, description = "Наставляемых, у которых в двух предложениях разные наставники "
                + "(или наставник есть только в одном)") int differentMentor) {

    @Schema(name = "MatchMethodFigures", description = "Итоги одного предложения")
    public record Figures(
            @Schema(required = true, description = "Наставляемых, получивших наставника") int matched,
            @Schema(required = true, description = "Сумма оценок пар") long totalScore,
            @Schema(required = true, description = "Блокирующих пар") long blockingPairs) {

        static Figures of(MatchResult result) {
            return new Figures(result.matchedCount(), result.totalScore(), result.blockingPairCount());
        }
    }

    Figures of(MatchMethod method) {
        return method == MatchMethod.STABLE ? stable : optimal;
    }
}
