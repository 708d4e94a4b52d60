package ru.nastavnik.matching.solver;

import java.util.EnumMap;
import java.util.Map;

/**
 * Relative weights of the score criteria, set per run and shown with every explanation. Only the proportions
 * matter: a criterion contributes {@code 1000 × weight × normalised value / sum of weights} points, so a pair's
 * score is between 0 and 1000 (give or take the rounding of each contribution).
 *
 * <p>The defaults ({@link #DEFAULT}) put what the mentee asked for first (requests 40, difficulties 10), then what
 * both sides said after the group meeting (15 each), then practicalities (availability 10, experience 10).
 */
public record ScoreWeights(
        int requests, int difficulties, int availability, int experience, int menteePreference,
        int mentorPreference) {

    /** Highest weight accepted for one criterion. */
    public static final int MAX_WEIGHT = 1000;

    public static final ScoreWeights DEFAULT = new ScoreWeights(40, 10, 10, 10, 15, 15);

    public ScoreWeights {
        int[] all = {requests, difficulties, availability, experience, menteePreference, mentorPreference};
        int sum = 0;
        for (int w : all) {
            if (w < 0 || w > MAX_WEIGHT) {
                throw new IllegalArgumentException("Each weight must be between 0 and " + MAX_WEIGHT + ": " + w);
            }
            sum += w;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("At least one weight must be positive");
        }
    }

    /** The weight of one criterion. */
    public int of(Criterion criterion) {
        return switch (criterion) {
            case REQUESTS -> requests;
            case DIFFICULTIES -> difficulties;
            case AVAILABILITY -> availability;
            case EXPERIENCE -> experience;
            case MENTEE_PREFERENCE -> menteePreference;
            case MENTOR_PREFERENCE -> mentorPreference;
        };
    }

    /** The sum of all weights (positive). */
    public int total() {
        return requests + difficulties + availability + experience + menteePreference + mentorPreference;
    }

    /** The points a criterion adds to a pair at its full value (1), counted as {@link CriterionScore#contribution()}. */
    public int fullContribution(Criterion criterion) {
        return new Scoring(this).contribution(criterion, 1);
    }

    /** The weights as a map in criterion order, for display. */
    public Map<Criterion, Integer> asMap() {
        Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            map.put(c, of(c));
        }
        return map;
    }
}
