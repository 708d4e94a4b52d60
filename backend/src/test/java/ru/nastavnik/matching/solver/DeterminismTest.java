package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    /** The result without its timing, which is the only thing allowed to differ. */
    private static MatchResult untimed(MatchResult r) {
        SolverStats s = r.stats();
        return new MatchResult(r.pairs(), r.unmatched(), r.mentors(), r.matchedCount(), r.totalScore(),
                r.maxPairScore(), r.blockingPairCount(), r.blockingPairs(), r.weights(),
                new SolverStats(s.candidatePairs(), s.arcsSolved(), s.rounds(), 0));
    }

    private static MatchingProblem shuffled(MatchingProblem p, long seed) {
        Random random = new Random(seed);
        List<MentorCandidate> mentors = new ArrayList<>(p.mentors());
        List<MenteeCandidate> mentees = new ArrayList<>(p.mentees());
        Collections.shuffle(mentors, random);
        Collections.shuffle(mentees, random);
        return new MatchingProblem(p.form(), p.scope(), p.shape(), mentors, mentees, p.excludedPairs(), p.weights());
    }

    @Test
    void theSameCandidatesInAnyOrderGiveTheSameProposal() {
        for (long seed = 1; seed <= 30; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 40, 120);
            MatchResult expected = untimed(new MatchingSolver().solve(problem));
            for (long shuffle = 1; shuffle <= 3; shuffle++) {
                assertThat(untimed(new MatchingSolver().solve(shuffled(problem, shuffle)))).as("seed %d", seed)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void solvingTwiceGivesTheSameProposalOnALargerRun() {
        MatchingProblem problem = RandomRuns.sized(3, 200, 700);
        MatchResult first = untimed(new MatchingSolver().solve(problem));
        assertThat(untimed(new MatchingSolver().solve(shuffled(problem, 9)))).isEqualTo(first);
        assertThat(first.matchedCount()).isPositive();
    }
}
