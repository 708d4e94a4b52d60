package ru.nastavnik.matching.solver;

import java.util.List;

/**
 * One line of a pair's explanation.
 *
 * @param criterion    what is measured
 * @param raw          the measure before normalisation (see {@link Criterion}: covered requests, common slots,
 *                     years, rank); null when the data is missing and the criterion is neutral
 * @param matched      what matched, for display: the covered competency codes, or the common {@link Slot} names;
 *                     empty for the other criteria
 * @param normalised   the measure on 0..1
 * @param neutral      whether the data was missing on either side, so the neutral 0.5 was used
 * @param weight       the run's weight of the criterion
 * @param contribution points added to the pair's score: {@code round(1000 × weight × normalised / sum of
 *                     weights)}; the contributions of a pair add up exactly to its score
 */
public record CriterionScore(
        Criterion criterion, Integer raw, List<String> matched, double normalised, boolean neutral, int weight,
        int contribution) {

    public CriterionScore {
        matched = List.copyOf(matched);
    }
}
