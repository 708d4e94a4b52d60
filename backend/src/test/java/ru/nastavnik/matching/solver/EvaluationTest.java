package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

/** A curator's change to a run's proposals is scored, explained and checked exactly as the solver's own. */
class EvaluationTest {

    private static Map<UUID, UUID> assignmentOf(MatchResult result) {
        Map<UUID, UUID> a = new HashMap<>();
        result.pairs().forEach(p -> a.put(p.menteeId(), p.mentorId()));
        return a;
    }

    /** Two mentors, two mentees, each side ranking its natural partner first. */
    private static People.Run twoByTwo() {
        return run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math").available("вторник после уроков").ranks(10, 11),
                        mentor(2).competencies("subject-russian").available("пятница после уроков").ranks(11, 10))
                .with(mentee(10).requests("subject-math").available("вторник после уроков").ranks(1, 2),
                        mentee(11).requests("subject-russian").available("пятница после уроков").ranks(2, 1));
    }

    @Test
    void evaluatingTheSolversOwnProposalGivesTheSameResult() {
        People.Run run = twoByTwo();
        MatchResult solved = run.solve();
        MatchingSolver.Evaluation evaluation = new MatchingSolver().evaluate(run.problem(), assignmentOf(solved));
        assertThat(evaluation.refused()).isEmpty();
        assertThat(evaluation.result().pairs()).isEqualTo(solved.pairs());
        assertThat(evaluation.result().totalScore()).isEqualTo(solved.totalScore());
        assertThat(evaluation.result().blockingPairCount()).isEqualTo(solved.blockingPairCount()).isZero();
    }

    @Test
    void aSwapAgainstBothSidesWishesIsExplainedAndCountedAsUnstable() {
        People.Run run = twoByTwo();
        MatchResult solved = run.solve();
        MatchingSolver.Evaluation swapped = new MatchingSolver().evaluate(run.problem(),
                Map.of(id(10), id(2), id(11), id(1)));
        assertThat(swapped.refused()).isEmpty();
        MatchResult result = swapped.result();
        assertThat(result.totalScore()).isLessThan(solved.totalScore());
        ProposedPair first = result.pairs().stream().filter(p -> p.menteeId().equals(id(10))).findFirst().orElseThrow();
        assertThat(first.mentorId()).isEqualTo(id(2));
        assertThat(first.menteeRankOfMentor()).isEqualTo(2);
        assertThat(first.mentorRankOfMentee()).isEqualTo(2);
        assertThat(first.breakdown().stream().mapToInt(CriterionScore::contribution).sum()).isEqualTo(first.score());
        assertThat(result.blockingPairCount()).isEqualTo(2);
    }

    @Test
    void aPairBreakingAHardConstraintIsRefusedWithTheConstraint() {
        People.Run run = twoByTwo().exclude(2, 10);
        MatchingSolver.Evaluation swapped = new MatchingSolver().evaluate(run.problem(),
                Map.of(id(10), id(2), id(11), id(1)));
        assertThat(swapped.refused()).singleElement().satisfies(r -> {
            assertThat(r.menteeId()).isEqualTo(id(10));
            assertThat(r.constraints()).containsExactly(HardConstraint.EXCLUDED_PAIR);
        });
        assertThat(swapped.result().pairs()).extracting(ProposedPair::menteeId).containsExactly(id(11));
        assertThat(swapped.result().unmatched()).extracting(UnmatchedMentee::menteeId).containsExactly(id(10));
    }

    @Test
    void aCandidateFailingTheirOwnConstraintIsRefusedWithIt() {
        People.Run run = run(MentoringForm.TEACHER_PUPIL).with(mentor(1).active()).with(mentee(10));
        MatchingSolver.Evaluation evaluation = new MatchingSolver().evaluate(run.problem(), Map.of(id(10), id(1)));
        assertThat(evaluation.refused()).singleElement()
                .satisfies(r -> assertThat(r.constraints()).containsExactly(HardConstraint.MENTOR_ALREADY_ACTIVE));
    }

    @Test
    void someoneWhoIsNotACandidateCannotBeAssigned() {
        People.Run run = twoByTwo();
        assertThatThrownBy(() -> new MatchingSolver().evaluate(run.problem(), Map.of(id(10), id(99))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
