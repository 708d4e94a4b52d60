package ru.nastavnik.matching.solver;

import java.util.Arrays;

/**
 * What a hand-made heuristic does: take the candidate pairs from the highest score down (ties to the lower mentee,
 * then mentor index) and keep each pair whose mentee is still free and whose mentor still has a place. Same
 * constraints and scores as the exact solver; only the choice differs.
 */
final class GreedyBaseline {

    private GreedyBaseline() {
    }

    static int[] assign(Instance instance) {
        int nM = instance.mentorCount();
        int nE = instance.menteeCount();
        short[][] scores = instance.scores;
        int[] perScore = new int[instance.maxPairScore + 2];
        for (short[] row : scores) {
            for (short s : row) {
                if (s >= 0) {
                    perScore[s]++;
                }
            }
        }
        int[] start = new int[perScore.length];
        for (int s = perScore.length - 2, at = 0; s >= 0; s--) {
            start[s] = at;
            at += perScore[s];
        }
        long[] order = new long[Math.toIntExact(instance.candidatePairs)];
        for (int j = 0; j < nE; j++) {
            for (int i = 0; i < nM; i++) {
                short s = scores[j][i];
                if (s >= 0) {
                    order[start[s]++] = (long) j * nM + i;
                }
            }
        }
        int[] mentorOf = new int[nE];
        Arrays.fill(mentorOf, -1);
        int[] left = instance.capacity.clone();
        for (long pair : order) {
            int j = (int) (pair / nM);
            int i = (int) (pair % nM);
            if (mentorOf[j] < 0 && left[i] > 0) {
                mentorOf[j] = i;
                left[i]--;
            }
        }
        return mentorOf;
    }
}
