package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

class UnmatchedReasonsTest {

    @Test
    void aRunWithoutMentorsLeavesEveryoneWithoutAMentorOfTheForm() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).with(mentee(10), mentee(11)).solve();
        assertThat(result.unmatched()).extracting(UnmatchedMentee::reason)
                .containsOnly(UnmatchedReason.NO_MENTOR_OF_FORM);
        assertThat(result.unmatched()).extracting(UnmatchedMentee::mainConstraint).containsOnly((HardConstraint) null);
    }

    @Test
    void aRunWithoutMenteesProposesNothingAndLeavesMentorsFree() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).with(mentor(1).capacity(2)).groups().solve();
        assertThat(result.pairs()).isEmpty();
        assertThat(result.unmatched()).isEmpty();
        assertThat(result.mentors()).extracting(MentorOutcome::capacity, MentorOutcome::assigned)
                .containsExactly(tuple(2, 0));
        assertThat(result.blockingPairCount()).isZero();
    }

    @Test
    void whenEveryMentorOfTheFormIsBusyTheReasonSaysSo() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).active(), mentor(2).active(), mentor(3).kind(ParticipantKind.PARENT))
                .with(mentee(10)).solve();
        UnmatchedMentee u = result.unmatched().get(0);
        assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_MENTOR_OF_FORM);
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.MENTOR_ALREADY_ACTIVE);
        assertThat(u.excludedMentors()).isEqualTo(Map.of(HardConstraint.MENTOR_ALREADY_ACTIVE, 2,
                HardConstraint.MENTOR_FORM, 1));
    }

    @Test
    void theConstraintThatRuledOutMostMentorsIsNamedWithTheCountsOfAll() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).school(People.OTHER_SCHOOL), mentor(2).school(People.OTHER_SCHOOL), mentor(3),
                        mentor(4).kind(ParticipantKind.EMPLOYER))
                .with(mentee(10)).exclude(3, 10).solve();
        UnmatchedMentee u = result.unmatched().get(0);
        assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_ELIGIBLE_MENTOR);
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.OTHER_SCHOOL);
        assertThat(u.excludedMentors()).isEqualTo(Map.of(HardConstraint.OTHER_SCHOOL, 2,
                HardConstraint.EXCLUDED_PAIR, 1, HardConstraint.MENTOR_FORM, 1));
        assertThat(u.eligibleMentors()).isZero();
    }

    @Test
    void aMenteeWhoseEligibleMentorsWereAllTakenWasLeftForCapacity() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math"), mentor(2).competencies("subject-math"))
                .with(mentee(10).requests("subject-math"), mentee(11).requests("subject-math"), mentee(12))
                .solve();
        assertThat(result.pairs()).extracting(ProposedPair::menteeId).containsExactlyInAnyOrder(id(10), id(11));
        UnmatchedMentee u = result.unmatched().get(0);
        assertThat(u.menteeId()).isEqualTo(id(12));
        assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_CAPACITY_LEFT);
        assertThat(u.mainConstraint()).isNull();
        assertThat(u.eligibleMentors()).isEqualTo(2);
    }

    @Test
    void everyMenteeIsEitherProposedOrExplainedInIdOrder() {
        for (long seed = 1; seed <= 30; seed++) {
            MatchingProblem problem = RandomRuns.upTo(seed, 15, 50);
            MatchResult result = new MatchingSolver().solve(problem);
            assertThat(result.matchedCount() + result.unmatched().size()).isEqualTo(problem.mentees().size());
            assertThat(result.unmatched()).extracting(UnmatchedMentee::menteeId).isSorted();
            Set<UUID> everyone = new HashSet<>();
            result.pairs().forEach(p -> everyone.add(p.menteeId()));
            result.unmatched().forEach(u -> everyone.add(u.menteeId()));
            assertThat(everyone).hasSize(problem.mentees().size());
            assertThat(result.mentors()).hasSize(problem.mentors().size());
        }
    }
}
