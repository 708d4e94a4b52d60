package ru.nastavnik.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.ScoreWeights;

/**
 * The weights of the score criteria of a run. Only proportions matter: a criterion's share of a pair's 1000 points
 * is its weight divided by the sum of all weights. A weight left out of a request takes its default.
 */
@Schema(name = "MatchWeights", description = "Веса критериев оценки пары: от 0 до 1000, важны их доли. Не указанный "
        + "вес берётся по умолчанию (запросы 40, трудности 10, время 10, опыт 10, выбор наставляемого 15, выбор "
        + "наставника 15)")
public record MatchWeights(
        @Schema(description = "Запросы наставляемого, которые закрывают компетенции наставника")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT) Integer requests,
        @Schema(description = "Трудности наставляемого (его словами), которые закрывают компетенции наставника")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT) Integer difficulties,
        @Schema(description = "Общее свободное время: два общих окна в неделю и больше — полный балл")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT) Integer availability,
        @Schema(description = "Опыт наставника: 10 лет и больше — полный балл")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT) Integer experience,
        @Schema(description = "Место наставника в списке, который наставляемый составил после общей встречи")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT)
        Integer menteePreference,
        @Schema(description = "Место наставляемого в списке наставника после общей встречи")
        @Min(value = 0, message = WEIGHT) @Max(value = ScoreWeights.MAX_WEIGHT, message = WEIGHT)
        Integer mentorPreference) {

    static final String WEIGHT = "Вес — целое число от 0 до 1000";

    static MatchWeights of(ScoreWeights w) {
        return new MatchWeights(w.requests(), w.difficulties(), w.availability(), w.experience(),
                w.menteePreference(), w.mentorPreference());
    }

    /** The weights with every one left out taken from the defaults. */
    MatchWeights withDefaults() {
        ScoreWeights d = ScoreWeights.DEFAULT;
        return new MatchWeights(or(requests, d.requests()), or(difficulties, d.difficulties()),
                or(availability, d.availability()), or(experience, d.experience()),
                or(menteePreference, d.menteePreference()), or(mentorPreference, d.mentorPreference()));
    }

    /** For complete weights (see {@link #withDefaults()}) whose sum is positive. */
    ScoreWeights toEngine() {
        return new ScoreWeights(requests, difficulties, availability, experience, menteePreference,
                mentorPreference);
    }

    int sum() {
        return requests + difficulties + availability + experience + menteePreference + mentorPreference;
    }

    private static int or(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
