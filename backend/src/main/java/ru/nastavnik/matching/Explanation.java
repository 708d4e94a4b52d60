package ru.nastavnik.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.Criterion;
import ru.nastavnik.matching.solver.CriterionScore;
import ru.nastavnik.matching.solver.ProposedPair;

/** Why a pair got its score, criterion by criterion, and what each side said of the other after the meeting. */
@Schema(name = "MatchExplanation", description = "Объяснение оценки пары: баллы по критериям и выбор сторон")
public record Explanation(
        @Schema(required = true, description = "По строке на критерий; их баллы в сумме дают оценку пары")
        List<Line> criteria,
        @Schema(description = "Каким по счёту наставляемый поставил наставника (1 — первый выбор); пусто, если не "
                + "поставил") Integer menteeRankOfMentor,
        @Schema(required = true, description = "Скольких наставляемый расставил; 0 — список не составлял")
        int menteeRankingSize,
        @Schema(description = "Каким по счёту наставник поставил наставляемого") Integer mentorRankOfMentee,
        @Schema(required = true, description = "Скольких наставник расставил") int mentorRankingSize) {

    @Schema(name = "MatchCriterion", description = "Вклад одного критерия в оценку пары")
    public record Line(
            @Schema(required = true) Criterion criterion,
            @Schema(description = "Мера до приведения к 0..1: закрытые запросы, общие окна, годы опыта, место в "
                    + "списке; пусто, если данных нет") Integer raw,
            @Schema(required = true, description = "Что совпало: коды компетенций или общие окна (например "
                    + "TUESDAY_AFTERNOON)") List<String> matched,
            @Schema(required = true, description = "Мера от 0 до 1") double normalised,
            @Schema(required = true, description = "Данных не было у одной из сторон: взято нейтральное 0,5")
            boolean neutral,
            @Schema(required = true) int weight,
            @Schema(required = true, description = "Баллы критерия в оценке пары") int contribution,
            @Schema(required = true, description = "Баллы критерия при полном совпадении") int maxContribution) {
    }

    static Explanation of(ProposedPair pair, MatchWeights weights) {
        List<Line> lines = pair.breakdown().stream().map(c -> line(c, weights)).toList();
        return new Explanation(lines, pair.menteeRankOfMentor(), pair.menteeRankingSize(), pair.mentorRankOfMentee(),
                pair.mentorRankingSize());
    }

    private static Line line(CriterionScore c, MatchWeights weights) {
        return new Line(c.criterion(), c.raw(), c.matched(), c.normalised(), c.neutral(), c.weight(),
                c.contribution(), weights.toEngine().fullContribution(c.criterion()));
    }
}
