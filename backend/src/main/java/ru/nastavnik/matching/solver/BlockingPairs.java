package ru.nastavnik.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the pairs that would rather be together than with what the proposal gives them: a measure of how stable
 * the proposal is, since the objective (most mentees, then most points) does not ask for stability.
 *
 * <p>Preferences: a person who ranked the other side after the group meeting prefers anyone they ranked to anyone
 * they did not, and higher-ranked people to lower-ranked ones; people they did not rank, or everyone when they gave
 * no ranking, come in the order of the pair's score, equal scores being equal (no preference, so no blocking).
 * Being matched to an eligible mentor is better than staying unmatched. A mentor with a free place accepts any
 * eligible mentee; a full mentor would swap their least preferred mentee for one they prefer.
 */
final class BlockingPairs {

    /** Count and the first pairs in (mentor, mentee) order. */
    record Found(long count, List<int[]> listed) {
    }

    private static final long NOTHING = Long.MAX_VALUE;

    private BlockingPairs() {
    }

    /** Lower is better: the rank (unranked after every rank), then the score, highest first. */
    private static long key(int rank, int score) {
        return ((long) (rank == 0 ? Integer.MAX_VALUE : rank) << 16) | (0xFFFF - score);
    }

    static Found count(Instance instance, int[] mentorOf, int listLimit) {
        int nM = instance.mentorCount();
        int nE = instance.menteeCount();
        short[][] scores = instance.scores;

        long[] menteeHas = new long[nE];
        Arrays.fill(menteeHas, NOTHING);
        int[] load = new int[nM];
        long[] mentorWorst = new long[nM];
        for (int j = 0; j < nE; j++) {
            int i = mentorOf[j];
            if (i >= 0) {
                int s = scores[j][i];
                menteeHas[j] = key(instance.menteeRankOf(j, i), s);
                load[i]++;
                mentorWorst[i] = Math.max(mentorWorst[i], key(instance.mentorRankOf(i, j), s));
            }
        }

        int[] stamp = new int[nE];
        int[] mentorRank = new int[nE];
        int[] menteeRank = new int[nE];
        long count = 0;
        List<int[]> listed = new ArrayList<>();
        for (int i = 0; i < nM; i++) {
            int mark = i + 1;
            int[] ranking = instance.mentorRanking[i];
            for (int k = 0; k < ranking.length; k += 2) {
                touch(stamp, mentorRank, menteeRank, mark, ranking[k]);
                mentorRank[ranking[k]] = ranking[k + 1];
            }
            int[] rankedBy = instance.mentorRankedBy[i];
            for (int k = 0; k < rankedBy.length; k += 2) {
                touch(stamp, mentorRank, menteeRank, mark, rankedBy[k]);
                menteeRank[rankedBy[k]] = rankedBy[k + 1];
            }
            boolean room = load[i] < instance.capacity[i];
            for (int j = 0; j < nE; j++) {
                int s = scores[j][i];
                if (s < 0 || mentorOf[j] == i) {
                    continue;
                }
                boolean ranked = stamp[j] == mark;
                if (key(ranked ? menteeRank[j] : 0, s) < menteeHas[j]
                        && (room || key(ranked ? mentorRank[j] : 0, s) < mentorWorst[i])) {
                    count++;
                    if (listed.size() < listLimit) {
                        listed.add(new int[] {i, j});
                    }
                }
            }
        }
        return new Found(count, listed);
    }

    private static void touch(int[] stamp, int[] mentorRank, int[] menteeRank, int mark, int j) {
        if (stamp[j] != mark) {
            stamp[j] = mark;
            mentorRank[j] = 0;
            menteeRank[j] = 0;
        }
    }
}
