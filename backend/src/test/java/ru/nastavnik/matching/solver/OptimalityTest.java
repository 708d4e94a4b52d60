package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OptimalityTest {

    private static final OptimalAssignment.Sparsity STARVED = new OptimalAssignment.Sparsity(1, 0, 1);

    /** The best (matched, total score) over every assignment that respects capacities and constraints. */
    private static long[] bruteForce(Instance instance) {
        int[] left = instance.capacity.clone();
        return best(instance, 0, left, 0, 0);
    }

    private static long[] best(Instance instance, int j, int[] left, long matched, long total) {
        if (j == instance.menteeCount()) {
            return new long[] {matched, total};
        }
        long[] best = best(instance, j + 1, left, matched, total);
        for (int i = 0; i < instance.mentorCount(); i++) {
            int s = instance.scores[j][i];
            if (s >= 0 && left[i] > 0) {
                left[i]--;
                long[] candidate = best(instance, j + 1, left, matched + 1, total + s);
                left[i]++;
                if (candidate[0] > best[0] || (candidate[0] == best[0] && candidate[1] > best[1])) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static void assertValid(MatchingProblem problem, MatchResult result) {
        Instance instance = new Instance(problem);
        Map<UUID, Integer> mentorIndex = new HashMap<>();
        for (int i = 0; i < instance.mentorCount(); i++) {
            mentorIndex.put(instance.mentors[i].id(), i);
        }
        Map<UUID, Integer> menteeIndex = new HashMap<>();
        for (int j = 0; j < instance.menteeCount(); j++) {
            menteeIndex.put(instance.mentees[j].id(), j);
        }
        int[] load = new int[instance.mentorCount()];
        long total = 0;
        for (ProposedPair pair : result.pairs()) {
            int i = mentorIndex.get(pair.mentorId());
            int j = menteeIndex.get(pair.menteeId());
            assertThat((int) instance.scores[j][i]).as("a proposed pair passes every hard constraint")
                    .isEqualTo(pair.score());
            load[i]++;
            total += pair.score();
        }
        for (int i = 0; i < load.length; i++) {
            assertThat(load[i]).isLessThanOrEqualTo(instance.capacity[i]);
        }
        assertThat(result.pairs().stream().map(ProposedPair::menteeId).distinct().count())
                .isEqualTo(result.pairs().size());
        assertThat(result.totalScore()).isEqualTo(total);
        assertThat(result.matchedCount()).isEqualTo(result.pairs().size());
        assertThat(result.matchedCount() + result.unmatched().size()).isEqualTo(problem.mentees().size());
    }

    @Test
    void onSmallRunsNoAssignmentMatchesMoreMenteesOrScoresHigherWithAsMany() {
        for (long seed = 1; seed <= 400; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 4, 6);
            long[] expected = bruteForce(new Instance(problem));
            for (MatchResult result : new MatchResult[] {
                new MatchingSolver().solve(problem),
                new MatchingSolver().solve(problem, STARVED),
                new MatchingSolver(MatchingSolver.Method.FULL_NETWORK).solve(problem)}) {
                assertValid(problem, result);
                assertThat(new long[] {result.matchedCount(), result.totalScore()}).as("seed %d", seed)
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void aStarvedSparseNetworkGrowsUntilItsCertificateProvesTheFullNetworksOptimum() {
        int grew = 0;
        for (long seed = 1; seed <= 25; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 40, 160);
            MatchResult full = new MatchingSolver(MatchingSolver.Method.FULL_NETWORK).solve(problem);
            MatchResult sparse = new MatchingSolver().solve(problem, STARVED);
            MatchResult standard = new MatchingSolver().solve(problem);
            assertValid(problem, sparse);
            assertValid(problem, standard);
            for (MatchResult result : new MatchResult[] {sparse, standard}) {
                assertThat(result.matchedCount()).as("seed %d", seed).isEqualTo(full.matchedCount());
                assertThat(result.totalScore()).as("seed %d", seed).isEqualTo(full.totalScore());
            }
            if (sparse.stats().rounds() > 2) {
                grew++;
            }
        }
        assertThat(grew).as("runs where the certificate had to grow the network").isGreaterThan(10);
    }

    @Test
    void theCertificateStopsWithFarFewerArcsThanCandidatePairsOnALargeRun() {
        MatchingProblem problem = RandomRuns.sized(7, 300, 1200);
        MatchResult result = new MatchingSolver().solve(problem);
        MatchResult full = new MatchingSolver(MatchingSolver.Method.FULL_NETWORK).solve(problem);
        assertThat(result.totalScore()).isEqualTo(full.totalScore());
        assertThat(result.matchedCount()).isEqualTo(full.matchedCount());
        assertThat(result.stats().arcsSolved()).isLessThan(result.stats().candidatePairs() / 4);
    }
}
