package ru.nastavnik.matching.solver;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A stable proposal: deferred acceptance with capacities (Gale–Shapley), mentees proposing and mentors holding up
 * to their places, on exactly the preferences {@link BlockingPairs} counts with — the rank given after the group
 * meeting first, then the pair's score, equal keys being indifference.
 *
 * <p>Stable: ties are broken into a strict order for the algorithm, and a mentor only ever lets a mentee go for one
 * they like at least as much, so when a mentee ends with someone they like less than mentor i, i holds a full set
 * of mentees each at least as good for them as that mentee: no mentor and mentee strictly prefer each other to what
 * they were given, which is what the blocking-pair count counts (weak stability).
 *
 * <p>Most mentees matched where ties allow a choice, heuristically (the maximum over all weakly stable proposals
 * is NP-hard with ties): a mentee turned down by every eligible mentor is promoted once and proposes down the list
 * again, winning the ties it lost the first time (Király's promotion), and a mentor indifferent between two mentees
 * keeps the one with fewer eligible mentors, who is harder to place elsewhere. Deterministic: every tie that
 * remains falls to the lower index, and indices follow the candidates' ids.
 */
final class StableAssignment {

    private final Instance instance;
    private final int[] eligible;
    private final boolean[] promoted;
    /** Per mentor, the mentor's key of each held mentee is recomputed on demand: capacities are small. */
    private final int[][] held;
    private final int[] load;

    private StableAssignment(Instance instance) {
        this.instance = instance;
        int nE = instance.menteeCount();
        int nM = instance.mentorCount();
        eligible = new int[nE];
        promoted = new boolean[nE];
        held = new int[nM][];
        load = new int[nM];
        for (int i = 0; i < nM; i++) {
            held[i] = new int[instance.capacity[i]];
        }
    }

    /** The assignment: mentee index → mentor index, or −1. */
    static int[] solve(Instance instance) {
        return new StableAssignment(instance).run();
    }

    /** Lower is better; the ranks people give are small, so the key fits in 32 bits with the score. */
    static long key(int rank, int score) {
        return ((long) (rank == 0 ? 0xFFFF : Math.min(rank, 0xFFFE)) << 16) | (0xFFFF - score);
    }

    private int[] run() {
        int nE = instance.menteeCount();
        int[][] lists = new int[nE][];
        for (int j = 0; j < nE; j++) {
            lists[j] = preferences(j);
            eligible[j] = lists[j].length;
        }
        int[] mentorOf = new int[nE];
        Arrays.fill(mentorOf, -1);
        int[] next = new int[nE];
        ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int j = 0; j < nE; j++) {
            if (lists[j].length > 0) {
                free.add(j);
            }
        }
        while (!free.isEmpty()) {
            int j = free.poll();
            if (next[j] == lists[j].length) {
                if (promoted[j]) {
                    continue;
                }
                promoted[j] = true;
                next[j] = 0;
            }
            int i = lists[j][next[j]++];
            if (load[i] < held[i].length) {
                held[i][load[i]++] = j;
                mentorOf[j] = i;
                continue;
            }
            int worstAt = worst(i);
            int w = held[i][worstAt];
            if (prefers(i, j, w)) {
                held[i][worstAt] = j;
                mentorOf[j] = i;
                mentorOf[w] = -1;
                free.add(w);
            } else {
                free.add(j);
            }
        }
        return mentorOf;
    }

    /** The mentors mentee j may have, best first: by the mentee's key, then by index. */
    private int[] preferences(int j) {
        short[] scores = instance.scores[j];
        int n = 0;
        for (short s : scores) {
            if (s >= 0) {
                n++;
            }
        }
        long[] sortable = new long[n];
        int k = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= 0) {
                sortable[k++] = key(instance.menteeRankOf(j, i), scores[i]) << 31 | i;
            }
        }
        Arrays.sort(sortable);
        int[] list = new int[n];
        for (k = 0; k < n; k++) {
            list[k] = (int) (sortable[k] & 0x7FFF_FFFF);
        }
        return list;
    }

    private int worst(int i) {
        int at = 0;
        for (int k = 1; k < load[i]; k++) {
            if (prefers(i, held[i][at], held[i][k])) {
                at = k;
            }
        }
        return at;
    }

    /** Whether mentor i would rather have mentee a than mentee b, ties broken as the class describes. */
    private boolean prefers(int i, int a, int b) {
        long ka = key(instance.mentorRankOf(i, a), instance.scores[a][i]);
        long kb = key(instance.mentorRankOf(i, b), instance.scores[b][i]);
        if (ka != kb) {
            return ka < kb;
        }
        if (promoted[a] != promoted[b]) {
            return promoted[a];
        }
        if (eligible[a] != eligible[b]) {
            return eligible[a] < eligible[b];
        }
        return a < b;
    }
}
