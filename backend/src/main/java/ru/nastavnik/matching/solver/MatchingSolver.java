package ru.nastavnik.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Proposes pairs for a match run: the largest number of mentees matched under the hard constraints, and among
 * those proposals the one with the highest total score, with every pair explained, every unmatched mentee given a
 * reason, and the proposal's stability measured by its blocking pairs; or ({@link #solveStable}) a proposal with no
 * blocking pairs at all.
 *
 * <p>The optimum is exact ({@link OptimalAssignment}: a min-cost flow solved by Google OR-Tools, on a sparse
 * network whose optimality for the full one is certified by LP duality). The result depends only on the problem's
 * content: candidates are sorted by id, arcs built in that order, and the solver is deterministic.
 *
 * <p>Stateless and thread-safe. The first call loads OR-Tools' native library (one to two seconds). Memory grows
 * with mentors × eligible mentees (2 bytes per pair): 2 000 × 6 000 takes about 25 MB beyond the candidates.
 */
public final class MatchingSolver {

    /** How the flow network is solved; both give the same optimum. */
    public enum Method {
        /** A sparse network grown until its duality certificate proves it optimal for the full one (default). */
        SPARSE_WITH_CERTIFICATE,
        /** Every candidate pair in one network; slower and larger, kept to verify the default. */
        FULL_NETWORK
    }

    private final Method method;

    public MatchingSolver() {
        this(Method.SPARSE_WITH_CERTIFICATE);
    }

    public MatchingSolver(Method method) {
        this.method = method;
    }

    /**
     * Solves a run.
     *
     * @throws IllegalArgumentException when the problem names a candidate twice (the records check the rest)
     */
    public MatchResult solve(MatchingProblem problem) {
        return solve(problem, OptimalAssignment.Sparsity.DEFAULT);
    }

    MatchResult solve(MatchingProblem problem, OptimalAssignment.Sparsity sparsity) {
        long started = System.nanoTime();
        Instance instance = new Instance(problem);
        OptimalAssignment.Solution solution = OptimalAssignment.solve(instance.capacity, instance.scores,
                instance.maxPairScore, method == Method.FULL_NETWORK, sparsity);
        return result(instance, solution.mentorOf(), new SolverStats(instance.candidatePairs, solution.arcsSolved(),
                solution.rounds(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * A stable proposal instead of the optimal one ({@link StableAssignment}): no blocking pairs, usually fewer
     * points, explained and reported exactly as {@link #solve} reports its own.
     */
    public MatchResult solveStable(MatchingProblem problem) {
        long started = System.nanoTime();
        Instance instance = new Instance(problem);
        int[] mentorOf = StableAssignment.solve(instance);
        return result(instance, mentorOf, new SolverStats(instance.candidatePairs, 0, 0,
                (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Scores and explains a given assignment instead of searching for one: what a curator's change to a run's
     * proposals (two mentors exchanging mentees, a proposal set aside) gives, computed exactly as {@link #solve}
     * computes its own proposal. Pairs that break a hard constraint are left out of the result and listed as
     * refused; everything else (explanations, unmatched mentees, blocking pairs) is as for a solved run. Capacity
     * is not checked: mentors keep the load they are given.
     *
     * @param mentorOfMentee mentee id → mentor id, both candidates of the problem
     * @throws IllegalArgumentException when an id is not a candidate of the problem
     */
    public Evaluation evaluate(MatchingProblem problem, Map<UUID, UUID> mentorOfMentee) {
        long started = System.nanoTime();
        Instance instance = new Instance(problem);
        int[] mentorOf = new int[instance.menteeCount()];
        Arrays.fill(mentorOf, -1);
        List<RefusedPair> refused = new ArrayList<>();
        for (Map.Entry<UUID, UUID> e : new TreeMap<>(mentorOfMentee).entrySet()) {
            UUID menteeId = e.getKey();
            UUID mentorId = e.getValue();
            List<HardConstraint> broken = new ArrayList<>();
            HardConstraint mentorOwn = instance.ownConstraintOfMentor(mentorId);
            HardConstraint menteeOwn = instance.ownConstraintOfMentee(menteeId);
            if (mentorOwn != null) {
                broken.add(mentorOwn);
            }
            if (menteeOwn != null) {
                broken.add(menteeOwn);
            }
            int i = instance.mentorIndexOf(mentorId);
            int j = instance.menteeIndexOf(menteeId);
            if (broken.isEmpty()) {
                broken.addAll(instance.violations(i, j));
            }
            if (broken.isEmpty()) {
                mentorOf[j] = i;
            } else {
                refused.add(new RefusedPair(mentorId, menteeId, broken));
            }
        }
        MatchResult result = result(instance, mentorOf, new SolverStats(instance.candidatePairs, 0, 0,
                (System.nanoTime() - started) / 1_000_000));
        return new Evaluation(result, refused);
    }

    /**
     * The outcome of {@link #evaluate}: the assignment's result and the pairs left out of it.
     *
     * @param result  the pairs that pass every hard constraint, explained, with unmatched mentees and stability
     * @param refused the pairs that break a hard constraint, sorted by mentee id
     */
    public record Evaluation(MatchResult result, List<RefusedPair> refused) {

        public Evaluation {
            refused = List.copyOf(refused);
        }
    }

    /**
     * A pair of a given assignment that no proposal may contain.
     *
     * @param constraints the constraints it breaks: the two sides' own first (when either fails one, only those),
     *                    then the pair's, in {@link HardConstraint} order
     */
    public record RefusedPair(UUID mentorId, UUID menteeId, List<HardConstraint> constraints) {

        public RefusedPair {
            constraints = List.copyOf(constraints);
        }
    }

    /** Builds the result of an assignment (mentee index → mentor index or −1) of an instance. */
    static MatchResult result(Instance instance, int[] mentorOf, SolverStats stats) {
        int nM = instance.mentorCount();
        int nE = instance.menteeCount();
        List<List<Integer>> groups = new ArrayList<>(nM);
        for (int i = 0; i < nM; i++) {
            groups.add(new ArrayList<>());
        }
        for (int j = 0; j < nE; j++) {
            if (mentorOf[j] >= 0) {
                groups.get(mentorOf[j]).add(j);
            }
        }
        List<ProposedPair> pairs = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < nM; i++) {
            for (int j : groups.get(i)) {
                List<CriterionScore> lines = instance.explain(i, j);
                int score = lines.stream().mapToInt(CriterionScore::contribution).sum();
                total += score;
                int menteeRank = instance.menteeRankOf(j, i);
                int mentorRank = instance.mentorRankOf(i, j);
                pairs.add(new ProposedPair(instance.mentors[i].id(), instance.mentees[j].id(), score, lines,
                        menteeRank == 0 ? null : menteeRank, instance.mentees[j].preferences().size(),
                        mentorRank == 0 ? null : mentorRank, instance.mentors[i].preferences().size()));
            }
        }

        List<MentorOutcome> mentors = new ArrayList<>();
        for (int k = 0, i = 0; k < instance.allMentors.length; k++) {
            MentorCandidate m = instance.allMentors[k];
            if (instance.mentorOwn[k] != null) {
                mentors.add(new MentorOutcome(m.id(), 0, 0, instance.mentorOwn[k]));
            } else {
                mentors.add(new MentorOutcome(m.id(), instance.capacity[i], groups.get(i).size(), null));
                i++;
            }
        }

        List<UnmatchedMentee> unmatched = new ArrayList<>();
        Map<HardConstraint, Integer> mentorOwnCounts = instance.mentorOwnCounts();
        for (int k = 0, j = 0; k < instance.allMentees.length; k++) {
            MenteeCandidate e = instance.allMentees[k];
            HardConstraint own = instance.menteeOwn[k];
            if (own != null) {
                unmatched.add(new UnmatchedMentee(e.id(), own == HardConstraint.MENTEE_FORM
                        ? UnmatchedReason.FORM_DOES_NOT_FIT : UnmatchedReason.ALREADY_IN_MENTORSHIP, own, Map.of(), 0));
                continue;
            }
            if (mentorOf[j] < 0) {
                unmatched.add(unmatched(instance, j, mentorOwnCounts));
            }
            j++;
        }

        BlockingPairs.Found blocking = BlockingPairs.count(instance, mentorOf, MatchResult.BLOCKING_PAIRS_LISTED);
        List<BlockingPair> blockingPairs = blocking.listed().stream()
                .map(p -> new BlockingPair(instance.mentors[p[0]].id(), instance.mentees[p[1]].id())).toList();
        return new MatchResult(pairs, unmatched, mentors, pairs.size(), total, instance.maxPairScore,
                blocking.count(), blockingPairs, instance.problem.weights(), stats);
    }

    private static UnmatchedMentee unmatched(Instance instance, int j, Map<HardConstraint, Integer> mentorOwnCounts) {
        UUID id = instance.mentees[j].id();
        int eligible = 0;
        for (short s : instance.scores[j]) {
            if (s >= 0) {
                eligible++;
            }
        }
        if (eligible > 0) {
            return new UnmatchedMentee(id, UnmatchedReason.NO_CAPACITY_LEFT, null, Map.of(), eligible);
        }
        if (instance.mentorCount() == 0) {
            return new UnmatchedMentee(id, UnmatchedReason.NO_MENTOR_OF_FORM, most(mentorOwnCounts),
                    mentorOwnCounts, 0);
        }
        Map<HardConstraint, Integer> pairCounts = new EnumMap<>(HardConstraint.class);
        for (int i = 0; i < instance.mentorCount(); i++) {
            for (HardConstraint c : instance.violations(i, j)) {
                pairCounts.merge(c, 1, Integer::sum);
            }
        }
        Map<HardConstraint, Integer> all = new EnumMap<>(HardConstraint.class);
        all.putAll(mentorOwnCounts);
        all.putAll(pairCounts);
        return new UnmatchedMentee(id, UnmatchedReason.NO_ELIGIBLE_MENTOR, most(pairCounts), all, 0);
    }

    /** The constraint with the highest count, the earlier one on a tie; null for none. */
    private static HardConstraint most(Map<HardConstraint, Integer> counts) {
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<HardConstraint, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
