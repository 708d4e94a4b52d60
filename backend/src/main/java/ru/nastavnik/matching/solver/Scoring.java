package ru.nastavnik.matching.solver;

/**
 * The contribution of each criterion, in integer points, for every value a criterion can take. Integer points
 * keep the flow costs exact; computing each contribution in one place keeps the explanation's lines summing to the
 * score the solver optimised.
 */
final class Scoring {

    /** Points of a pair whose every criterion is at 1 and whose weights sum to the whole. */
    static final int SCALE = 1000;
    static final double NEUTRAL = 0.5;
    /** Years of experience that earn the whole experience criterion. */
    static final int FULL_EXPERIENCE_YEARS = 10;
    /** Common weekly slots that earn the whole availability criterion. */
    static final int FULL_COMMON_SLOTS = 2;

    private final ScoreWeights weights;
    private final int total;

    Scoring(ScoreWeights weights) {
        this.weights = weights;
        this.total = weights.total();
    }

    int contribution(Criterion c, double normalised) {
        return (int) Math.round((double) SCALE * weights.of(c) * normalised / total);
    }

    int maxPairScore() {
        int max = 0;
        for (Criterion c : Criterion.values()) {
            max += contribution(c, 1);
        }
        return max;
    }

    static double share(int covered, int of) {
        return of == 0 ? NEUTRAL : (double) covered / of;
    }

    static double availability(int commonSlots) {
        return Math.min(1.0, (double) commonSlots / FULL_COMMON_SLOTS);
    }

    static double experience(int years) {
        return Math.min(years, FULL_EXPERIENCE_YEARS) / (double) FULL_EXPERIENCE_YEARS;
    }

    /** Rank 1 of n gives 1, rank n gives 1/n; unranked (0) in a given ranking gives 0; no ranking is neutral. */
    static double preference(int rank, int rankingSize) {
        if (rankingSize == 0) {
            return NEUTRAL;
        }
        return rank == 0 ? 0 : (double) (rankingSize - rank + 1) / rankingSize;
    }

    /** A table of contributions indexed [total][covered] for the share criteria. */
    int[][] shareTable(Criterion c, int maxTotal) {
        int[][] table = new int[maxTotal + 1][];
        for (int of = 0; of <= maxTotal; of++) {
            table[of] = new int[of + 1];
            for (int covered = 0; covered <= of; covered++) {
                table[of][covered] = contribution(c, share(covered, of));
            }
        }
        return table;
    }

    int[] availabilityTable() {
        int[] table = new int[Slot.values().length + 1];
        for (int k = 0; k < table.length; k++) {
            table[k] = contribution(Criterion.AVAILABILITY, availability(k));
        }
        return table;
    }
}
