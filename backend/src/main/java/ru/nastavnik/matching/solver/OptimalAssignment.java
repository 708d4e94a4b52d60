package ru.nastavnik.matching.solver;

import java.util.Arrays;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The exact assignment: first the largest number of matched mentees, then the largest total score.
 *
 * <p>The problem is a min-cost flow: source → mentor (capacity = the mentor's places), mentor → mentee (capacity
 * 1, cost {@code maxPairScore − score}) for every pair that passes the hard constraints, mentee → sink (capacity 1).
 * OR-Tools' {@code solveMaxFlowWithMinCost} finds the maximum flow (most mentees matched) and, among maximum
 * flows, the cheapest one (highest total score).
 *
 * <p>A large municipality has millions of candidate pairs, and almost all of them are far from useful. So the
 * network is first solved on a sparse subset (each mentee's best mentors and each mentor's best mentees), and the
 * solution is then proven optimal for the full network, or improved, by LP duality: the lexicographic objective is
 * also a min-cost circulation with pair cost {@code −(BIG + score)} (BIG larger than any total score) and a free
 * return arc sink → source. The solution is optimal exactly when its residual network has no negative cycle, that
 * is when node potentials exist under which every residual arc has a non-negative reduced cost. Potentials are the
 * shortest-path distances in the sparse residual network (Bellman–Ford); every pair left out is then checked.
 * Pairs with a negative reduced cost join the network and it is solved again; when none is left, the potentials
 * certify that no pair outside the sparse network could improve the result, so it is optimal for the full one.
 */
final class OptimalAssignment {

    /**
     * How sparse the network starts and how fast it grows. Any values give the same optimum; they only trade the
     * size of each network against the number of rounds.
     *
     * @param perMentee      each mentee's best mentors in the first network
     * @param perPlace       each mentor's best mentees in the first network, per place the mentor has
     * @param addedPerMentee pairs with a negative reduced cost added per mentee in the first round, the most negative
     *                       first; twice as many in each later round
     */
    record Sparsity(int perMentee, int perPlace, int addedPerMentee) {
        static final Sparsity DEFAULT = new Sparsity(8, 2, 10);

        Sparsity {
            if (perMentee < 0 || perPlace < 0 || addedPerMentee < 1) {
                throw new IllegalArgumentException("Invalid sparsity " + perMentee + "/" + perPlace + "/"
                        + addedPerMentee);
            }
        }
    }

    /**
     * @param mentorOf   per mentee, the index of its mentor, or −1
     * @param arcsSolved pair arcs in the last network solved
     * @param rounds     networks solved
     */
    record Solution(int[] mentorOf, long arcsSolved, int rounds) {
    }

    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the class initialiser does the work, once
        }
    }

    private OptimalAssignment() {
    }

    /**
     * Solves the assignment; {@code fullGraph} skips the sparse start and its certificate and solves the network
     * with every candidate pair at once (for verification and for the benchmark's comparison).
     */
    static Solution solve(int[] capacity, short[][] scores, int maxPairScore, boolean fullGraph) {
        return solve(capacity, scores, maxPairScore, fullGraph, Sparsity.DEFAULT);
    }

    static Solution solve(int[] capacity, short[][] scores, int maxPairScore, boolean fullGraph, Sparsity sparsity) {
        int nM = capacity.length;
        int nE = scores.length;
        int[] none = new int[nE];
        Arrays.fill(none, -1);
        if (nM == 0 || nE == 0) {
            return new Solution(none, 0, 0);
        }
        Native.load();
        Arcs arcs = new Arcs(nE, nM);
        if (fullGraph) {
            for (int j = 0; j < nE; j++) {
                for (int i = 0; i < nM; i++) {
                    if (scores[j][i] >= 0) {
                        arcs.add(j, i);
                    }
                }
            }
            return new Solution(solveFlow(capacity, scores, maxPairScore, arcs), arcs.count, 1);
        }
        firstArcs(capacity, scores, arcs, sparsity);
        long big = (long) (maxPairScore + 1) * (nE + 1);
        for (int round = 1; ; round++) {
            int[] mentorOf = solveFlow(capacity, scores, maxPairScore, arcs);
            long[] potential = potentials(capacity, scores, arcs, mentorOf, big);
            // doubling what a round may add keeps the number of rounds logarithmic on runs the first network fits badly
            int perMentee = (int) Math.min(nM, (long) sparsity.addedPerMentee() << Math.min(round - 1, 30));
            if (addViolatingArcs(scores, arcs, potential, big, perMentee) == 0) {
                return new Solution(mentorOf, arcs.count, round);
            }
        }
    }

    /** The candidate pairs in the network, as a bit per (mentee, mentor). */
    private static final class Arcs {
        final int nM;
        final long[] bits;
        long count;

        Arcs(int nE, int nM) {
            this.nM = nM;
            this.bits = new long[(int) (((long) nE * nM + 63) / 64)];
        }

        boolean has(int j, int i) {
            long k = (long) j * nM + i;
            return (bits[(int) (k >>> 6)] & (1L << (k & 63))) != 0;
        }

        void add(int j, int i) {
            long k = (long) j * nM + i;
            int w = (int) (k >>> 6);
            long bit = 1L << (k & 63);
            if ((bits[w] & bit) == 0) {
                bits[w] |= bit;
                count++;
            }
        }

        /** The arcs in canonical order (mentee, then mentor), as parallel arrays. */
        int[][] list() {
            int[] mentee = new int[(int) count];
            int[] mentor = new int[(int) count];
            int n = 0;
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    long k = ((long) w << 6) + Long.numberOfTrailingZeros(word);
                    mentee[n] = (int) (k / nM);
                    mentor[n] = (int) (k % nM);
                    n++;
                    word &= word - 1;
                }
            }
            return new int[][] {mentee, mentor};
        }
    }

    private static void firstArcs(int[] capacity, short[][] scores, Arcs arcs, Sparsity sparsity) {
        int nM = capacity.length;
        int nE = scores.length;
        int[] best = new int[sparsity.perMentee()];
        for (int j = 0; j < nE; j++) {
            short[] row = scores[j];
            int n = 0;
            for (int i = 0; i < nM; i++) {
                if (row[i] >= 0) {
                    n = keepBest(best, n, i, row[i], row);
                }
            }
            for (int k = 0; k < n; k++) {
                arcs.add(j, best[k]);
            }
        }
        short[] column = new short[nE];
        for (int i = 0; i < nM; i++) {
            int[] top = new int[Math.min(nE, sparsity.perPlace() * capacity[i])];
            for (int j = 0; j < nE; j++) {
                column[j] = scores[j][i];
            }
            int n = 0;
            for (int j = 0; j < nE; j++) {
                if (column[j] >= 0) {
                    n = keepBest(top, n, j, column[j], column);
                }
            }
            for (int k = 0; k < n; k++) {
                arcs.add(top[k], i);
            }
        }
    }

    /**
     * Keeps {@code best[0..n)} as the indices with the highest values, best first, ties to the lower index;
     * returns the new n.
     */
    private static int keepBest(int[] best, int n, int index, int value, short[] values) {
        if (best.length == 0 || (n == best.length && values[best[n - 1]] >= value)) {
            return n;
        }
        int k = n == best.length ? n - 1 : n;
        while (k > 0 && values[best[k - 1]] < value) {
            best[k] = best[k - 1];
            k--;
        }
        best[k] = index;
        return n == best.length ? n : n + 1;
    }

    private static int[] solveFlow(int[] capacity, short[][] scores, int maxPairScore, Arcs arcs) {
        int nM = capacity.length;
        int nE = scores.length;
        int[][] list = arcs.list();
        int[] mentee = list[0];
        int[] mentor = list[1];
        int source = nM + nE;
        int sink = source + 1;
        MinCostFlow flow = new MinCostFlow(nM + nE + 2, mentee.length + nM + nE);
        try {
            for (int i = 0; i < nM; i++) {
                flow.addArcWithCapacityAndUnitCost(source, i, capacity[i], 0);
            }
            for (int j = 0; j < nE; j++) {
                flow.addArcWithCapacityAndUnitCost(nM + j, sink, 1, 0);
            }
            int first = nM + nE;
            for (int a = 0; a < mentee.length; a++) {
                flow.addArcWithCapacityAndUnitCost(mentor[a], nM + mentee[a], 1,
                        maxPairScore - scores[mentee[a]][mentor[a]]);
            }
            flow.setNodeSupply(source, nE);
            flow.setNodeSupply(sink, -nE);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The flow solver ended with " + status);
            }
            int[] mentorOf = new int[nE];
            Arrays.fill(mentorOf, -1);
            for (int a = 0; a < mentee.length; a++) {
                if (flow.getFlow(first + a) > 0) {
                    mentorOf[mentee[a]] = mentor[a];
                }
            }
            return mentorOf;
        } finally {
            flow.delete();
        }
    }

    /**
     * Shortest-path distances in the residual network of the circulation form (see the class comment) from a
     * virtual root joined to every node at cost 0. They exist because the solution is optimal for the sparse
     * network, so its residual network has no negative cycle; they make every residual arc's reduced cost
     * {@code cost + d(tail) − d(head)} non-negative.
     */
    private static long[] potentials(int[] capacity, short[][] scores, Arcs arcs, int[] mentorOf, long big) {
        int nM = capacity.length;
        int nE = scores.length;
        int source = nM + nE;
        int sink = source + 1;
        int nodes = nM + nE + 2;
        int[] load = new int[nM];
        int matched = 0;
        for (int j = 0; j < nE; j++) {
            if (mentorOf[j] >= 0) {
                load[mentorOf[j]]++;
                matched++;
            }
        }
        Residual r = new Residual(nodes, (int) arcs.count + 2 * nM + nE + 2);
        for (int i = 0; i < nM; i++) {
            if (load[i] < capacity[i]) {
                r.add(source, i, 0);
            }
            if (load[i] > 0) {
                r.add(i, source, 0);
            }
        }
        for (int j = 0; j < nE; j++) {
            if (mentorOf[j] < 0) {
                r.add(nM + j, sink, 0);
            } else {
                r.add(sink, nM + j, 0);
            }
        }
        r.add(sink, source, 0);
        if (matched > 0) {
            r.add(source, sink, 0);
        }
        int[][] list = arcs.list();
        for (int a = 0; a < list[0].length; a++) {
            int j = list[0][a];
            int i = list[1][a];
            long cost = big + scores[j][i];
            if (mentorOf[j] == i) {
                r.add(nM + j, i, cost);
            } else {
                r.add(i, nM + j, -cost);
            }
        }
        return r.shortestDistances();
    }

    /** A residual network in compressed adjacency form, for Bellman–Ford. */
    private static final class Residual {
        final int nodes;
        final int[] tail;
        final int[] head;
        final long[] cost;
        int count;

        Residual(int nodes, int capacity) {
            this.nodes = nodes;
            tail = new int[capacity];
            head = new int[capacity];
            cost = new long[capacity];
        }

        void add(int from, int to, long c) {
            tail[count] = from;
            head[count] = to;
            cost[count] = c;
            count++;
        }

        /** Queue-based Bellman–Ford (SPFA) from a virtual root at distance 0 to every node. */
        long[] shortestDistances() {
            int[] start = new int[nodes + 1];
            for (int a = 0; a < count; a++) {
                start[tail[a] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                start[v + 1] += start[v];
            }
            int[] next = Arrays.copyOf(start, nodes);
            int[] to = new int[count];
            long[] c = new long[count];
            for (int a = 0; a < count; a++) {
                int slot = next[tail[a]]++;
                to[slot] = head[a];
                c[slot] = cost[a];
            }
            long[] d = new long[nodes];
            boolean[] queued = new boolean[nodes];
            int[] enqueued = new int[nodes];
            int[] queue = new int[nodes + 1];
            int front = 0;
            int back = 0;
            for (int v = 0; v < nodes; v++) {
                queue[back++] = v;
                queued[v] = true;
            }
            int size = nodes;
            while (size > 0) {
                int u = queue[front];
                front = front == nodes ? 0 : front + 1;
                size--;
                queued[u] = false;
                for (int s = start[u]; s < start[u + 1]; s++) {
                    int v = to[s];
                    long candidate = d[u] + c[s];
                    if (candidate < d[v]) {
                        d[v] = candidate;
                        if (!queued[v]) {
                            if (++enqueued[v] > nodes) {
                                throw new IllegalStateException("Negative cycle: the flow solution is not optimal");
                            }
                            queued[v] = true;
                            queue[back] = v;
                            back = back == nodes ? 0 : back + 1;
                            size++;
                        }
                    }
                }
            }
            return d;
        }
    }

    /**
     * Adds, per mentee, the pairs outside the network with the most negative reduced cost; returns how many were
     * added (0 proves the solution optimal for the full network).
     */
    private static int addViolatingArcs(short[][] scores, Arcs arcs, long[] d, long big, int perMentee) {
        int nE = scores.length;
        int nM = arcs.nM;
        int added = 0;
        int[] worst = new int[perMentee];
        long[] reduced = new long[perMentee];
        for (int j = 0; j < nE; j++) {
            short[] row = scores[j];
            long menteeSide = -d[nM + j] - big;
            int n = 0;
            for (int i = 0; i < nM; i++) {
                if (row[i] < 0) {
                    continue;
                }
                long rc = d[i] + menteeSide - row[i];
                if (rc < 0 && (n < worst.length || rc < reduced[n - 1]) && !arcs.has(j, i)) {
                    int k = n == worst.length ? n - 1 : n;
                    while (k > 0 && reduced[k - 1] > rc) {
                        worst[k] = worst[k - 1];
                        reduced[k] = reduced[k - 1];
                        k--;
                    }
                    worst[k] = i;
                    reduced[k] = rc;
                    if (n < worst.length) {
                        n++;
                    }
                }
            }
            for (int k = 0; k < n; k++) {
                arcs.add(j, worst[k]);
            }
            added += n;
        }
        return added;
    }
}
