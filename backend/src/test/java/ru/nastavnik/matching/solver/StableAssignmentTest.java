package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

class StableAssignmentTest {

    /** Preferences enter the count but not the score, so the optimum can go against them. */
    private static final ScoreWeights NO_PREFERENCES = new ScoreWeights(40, 10, 10, 10, 0, 0);

    @Test
    void noRandomRunOfEitherShapeLeavesABlockingPair() {
        for (long seed = 1; seed <= 150; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 30, 90);
            MatchResult stable = new MatchingSolver().solveStable(problem);
            MatchResult optimal = new MatchingSolver().solve(problem);
            assertThat(stable.blockingPairCount()).as("seed %d", seed).isZero();
            assertThat(stable.matchedCount()).as("seed %d", seed).isLessThanOrEqualTo(optimal.matchedCount());
            if (stable.matchedCount() == optimal.matchedCount()) {
                assertThat(stable.totalScore()).as("seed %d", seed).isLessThanOrEqualTo(optimal.totalScore());
            }
        }
    }

    @Test
    void aLargeRunIsStableToo() {
        MatchResult stable = new MatchingSolver().solveStable(RandomRuns.sized(5, 300, 900));
        assertThat(stable.matchedCount()).isPositive();
        assertThat(stable.blockingPairCount()).isZero();
    }

    @Test
    void twoPeopleWhoRankedEachOtherFirstAreTogetherWhereTheOptimumSplitsThem() {
        MatchResult optimal = run(MentoringForm.TEACHER_PUPIL).weights(NO_PREFERENCES)
                .with(mentor(1).competencies("subject-math"), mentor(2).competencies("exams").ranks(10))
                .with(mentee(10).requests("subject-math").ranks(2), mentee(11).requests("exams"))
                .solve();
        assertThat(optimal.blockingPairCount()).isEqualTo(1);

        MatchResult stable = run(MentoringForm.TEACHER_PUPIL).weights(NO_PREFERENCES)
                .with(mentor(1).competencies("subject-math"), mentor(2).competencies("exams").ranks(10))
                .with(mentee(10).requests("subject-math").ranks(2), mentee(11).requests("exams"))
                .solveStable();
        assertThat(stable.pairs()).extracting(ProposedPair::mentorId, ProposedPair::menteeId)
                .containsExactlyInAnyOrder(tuple(id(2), id(10)), tuple(id(1), id(11)));
        assertThat(stable.blockingPairCount()).isZero();
    }

    @Test
    void aMentorIndifferentBetweenTwoMenteesKeepsTheOneWhoCannotGoElsewhere() {
        // Mentor 1 suits both equally and the lower id would win the tie; but only mentor 1 may take mentee 11,
        // while mentee 10 may also go to mentor 2.
        MatchResult stable = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math"), mentor(2))
                .with(mentee(10).requests("subject-math"), mentee(11).requests("subject-math"))
                .exclude(2, 11).solveStable();
        assertThat(stable.matchedCount()).isEqualTo(2);
        assertThat(stable.pairs()).extracting(ProposedPair::mentorId, ProposedPair::menteeId)
                .containsExactlyInAnyOrder(tuple(id(1), id(11)), tuple(id(2), id(10)));
        assertThat(stable.blockingPairCount()).isZero();
    }

    @Test
    void aFullMentorInAGroupRunKeepsTheMenteesTheyPrefer() {
        MatchResult stable = run(MentoringForm.TEACHER_PUPIL).groups().weights(NO_PREFERENCES)
                .with(mentor(1).capacity(2).competencies("subject-math").ranks(12, 11))
                .with(mentee(10).requests("subject-math"), mentee(11).requests("subject-math"),
                        mentee(12).requests("subject-math"))
                .solveStable();
        assertThat(stable.pairs()).extracting(ProposedPair::menteeId).containsExactlyInAnyOrder(id(11), id(12));
        assertThat(stable.blockingPairCount()).isZero();
    }

    @Test
    void theSameCandidatesInAnyOrderGiveTheSameStableProposal() {
        for (long seed = 1; seed <= 20; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 40, 120);
            List<ProposedPair> expected = new MatchingSolver().solveStable(problem).pairs();
            Random random = new Random(seed);
            List<MentorCandidate> mentors = new ArrayList<>(problem.mentors());
            List<MenteeCandidate> mentees = new ArrayList<>(problem.mentees());
            Collections.shuffle(mentors, random);
            Collections.shuffle(mentees, random);
            MatchingProblem shuffled = new MatchingProblem(problem.form(), problem.scope(), problem.shape(), mentors,
                    mentees, problem.excludedPairs(), problem.weights());
            assertThat(new MatchingSolver().solveStable(shuffled).pairs()).as("seed %d", seed).isEqualTo(expected);
        }
    }
}
