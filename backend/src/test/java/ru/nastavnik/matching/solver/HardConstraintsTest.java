package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

class HardConstraintsTest {

    private static List<String> pairs(MatchResult result) {
        return result.pairs().stream()
                .map(p -> p.mentorId().getLeastSignificantBits() + "-" + p.menteeId().getLeastSignificantBits())
                .toList();
    }

    private static UnmatchedMentee only(MatchResult result) {
        assertThat(result.unmatched()).hasSize(1);
        return result.unmatched().get(0);
    }

    @Test
    void aMentorOfAKindTheFormDoesNotHaveIsNotProposed() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).kind(ParticipantKind.PARENT), mentor(2).kind(ParticipantKind.EMPLOYER))
                .with(mentee(10)).solve();
        assertThat(result.pairs()).isEmpty();
        assertThat(result.mentors()).allSatisfy(m -> assertThat(m.excludedBy()).isEqualTo(HardConstraint.MENTOR_FORM));
        UnmatchedMentee u = only(result);
        assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_MENTOR_OF_FORM);
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.MENTOR_FORM);
        assertThat(u.excludedMentors()).containsEntry(HardConstraint.MENTOR_FORM, 2);
    }

    @Test
    void aMentorWhoDidNotAcceptTheFormIsNotProposedWhileOneWhoNamedNoFormIs() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).accepts(MentoringForm.TEACHER_TEACHER).competencies("subject-math"), mentor(2))
                .with(mentee(10).requests("subject-math")).solve();
        assertThat(pairs(result)).containsExactly("2-10");
        assertThat(result.mentors().get(0).excludedBy()).isEqualTo(HardConstraint.MENTOR_FORM);
    }

    @Test
    void aMenteeOfAnotherKindOrWantingAnotherFormIsNotMatched() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).groups()
                .with(mentor(1).capacity(3))
                .with(mentee(10).kind(ParticipantKind.TEACHER), mentee(11).wants(MentoringForm.STUDENT_PUPIL),
                        mentee(12).wants(MentoringForm.TEACHER_PUPIL, MentoringForm.STUDENT_PUPIL))
                .solve();
        assertThat(pairs(result)).containsExactly("1-12");
        assertThat(result.unmatched()).extracting(UnmatchedMentee::reason)
                .containsExactly(UnmatchedReason.FORM_DOES_NOT_FIT, UnmatchedReason.FORM_DOES_NOT_FIT);
        assertThat(result.unmatched()).extracting(UnmatchedMentee::mainConstraint)
                .containsOnly(HardConstraint.MENTEE_FORM);
    }

    @Test
    void aPairRunGivesEachMentorOneMenteeWhateverTheirCapacity() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).capacity(3))
                .with(mentee(10), mentee(11), mentee(12)).solve();
        assertThat(result.matchedCount()).isEqualTo(1);
        assertThat(result.mentors().get(0).capacity()).isEqualTo(1);
        assertThat(result.unmatched()).extracting(UnmatchedMentee::reason)
                .containsOnly(UnmatchedReason.NO_CAPACITY_LEFT);
    }

    @Test
    void aGroupRunFillsAMentorUpToTheirCapacityAndNoFurther() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).groups()
                .with(mentor(1).capacity(2), mentor(2))
                .with(mentee(10), mentee(11), mentee(12), mentee(13)).solve();
        assertThat(result.matchedCount()).isEqualTo(3);
        assertThat(result.mentors()).extracting(MentorOutcome::capacity, MentorOutcome::assigned)
                .containsExactly(tuple(2, 2), tuple(1, 1));
    }

    @Test
    void aMentorWhoDeclaredNoCapacityTakesOneInAGroupRun() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).groups()
                .with(mentor(1)).with(mentee(10), mentee(11)).solve();
        assertThat(result.matchedCount()).isEqualTo(1);
    }

    @Test
    void aSchoolRunKeepsToTheSchoolAndAMunicipalRunSharesMentorsAcrossSchools() {
        People.Run schoolRun = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).school(People.OTHER_SCHOOL)).with(mentee(10));
        UnmatchedMentee u = only(schoolRun.solve());
        assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_ELIGIBLE_MENTOR);
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.OTHER_SCHOOL);

        assertThat(pairs(schoolRun.municipal().solve())).containsExactly("1-10");
    }

    @Test
    void anExcludedPairIsNeverProposedEvenWhenItIsTheBest() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math"), mentor(2))
                .with(mentee(10).requests("subject-math")).exclude(1, 10).solve();
        assertThat(pairs(result)).containsExactly("2-10");

        MatchResult alone = run(MentoringForm.TEACHER_PUPIL).with(mentor(1)).with(mentee(10)).exclude(1, 10).solve();
        assertThat(only(alone).mainConstraint()).isEqualTo(HardConstraint.EXCLUDED_PAIR);
    }

    @Test
    void inPupilPupilTheMentorIsOlderByBirthDate() {
        MatchResult result = run(MentoringForm.PUPIL_PUPIL).groups()
                .with(mentor(1).kind(ParticipantKind.PUPIL).born("2010-05-01").capacity(3))
                .with(mentee(10).born("2012-01-01"), mentee(11).born("2010-05-01"), mentee(12).born("2009-01-01"))
                .solve();
        assertThat(pairs(result)).containsExactly("1-10");
        assertThat(result.unmatched()).extracting(UnmatchedMentee::mainConstraint)
                .containsOnly(HardConstraint.MENTOR_NOT_OLDER);
    }

    @Test
    void inPupilPupilTheGradeDecidesWhenABirthDateIsMissingAndNothingKnownRefuses() {
        MatchResult result = run(MentoringForm.PUPIL_PUPIL).groups()
                .with(mentor(1).kind(ParticipantKind.PUPIL).born("2010-05-01").grade(9).capacity(4))
                .with(mentee(10).grade(7), mentee(11).grade(9), mentee(12).born("2012-01-01"), mentee(13))
                .solve();
        assertThat(pairs(result)).containsExactly("1-10", "1-12");
        assertThat(result.unmatched()).extracting(UnmatchedMentee::menteeId).containsExactly(id(11), id(13));
        assertThat(result.unmatched()).extracting(UnmatchedMentee::mainConstraint)
                .containsOnly(HardConstraint.MENTOR_NOT_OLDER);
    }

    @Test
    void inStudentStudentTheMentorIsOlderToo() {
        MatchResult result = run(MentoringForm.STUDENT_STUDENT)
                .with(mentor(1).kind(ParticipantKind.STUDENT).born("2003-01-01"))
                .with(mentee(10).kind(ParticipantKind.STUDENT).born("2001-01-01")).solve();
        assertThat(only(result).mainConstraint()).isEqualTo(HardConstraint.MENTOR_NOT_OLDER);
    }

    @Test
    void inTeacherTeacherTheMentorHasMoreExperience() {
        MatchResult result = run(MentoringForm.TEACHER_TEACHER).groups()
                .with(mentor(1).experience(5).capacity(4))
                .with(mentee(10).kind(ParticipantKind.YOUNG_SPECIALIST).experience(1),
                        mentee(11).kind(ParticipantKind.TEACHER).experience(5),
                        mentee(12).kind(ParticipantKind.YOUNG_SPECIALIST).experience(null),
                        mentee(13).kind(ParticipantKind.TEACHER).experience(12))
                .solve();
        assertThat(pairs(result)).containsExactly("1-10", "1-12");
        assertThat(result.unmatched()).extracting(UnmatchedMentee::mainConstraint)
                .containsOnly(HardConstraint.MENTOR_NOT_MORE_EXPERIENCED);
    }

    @Test
    void aTeacherMentorWithUnknownExperienceIsNotAssumedMoreExperienced() {
        MatchResult result = run(MentoringForm.COLLEGE_TEACHER_YOUNG_TEACHER)
                .with(mentor(1).experience(null))
                .with(mentee(10).kind(ParticipantKind.YOUNG_SPECIALIST).experience(0)).solve();
        assertThat(only(result).mainConstraint()).isEqualTo(HardConstraint.MENTOR_NOT_MORE_EXPERIENCED);
    }

    @Test
    void nobodyAlreadyInAnActiveMentorshipOfTheFormIsProposedAgain() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).groups()
                .with(mentor(1).capacity(5).active(), mentor(2))
                .with(mentee(10).active(), mentee(11)).solve();
        assertThat(pairs(result)).containsExactly("2-11");
        assertThat(result.mentors().get(0).excludedBy()).isEqualTo(HardConstraint.MENTOR_ALREADY_ACTIVE);
        UnmatchedMentee u = only(result);
        assertThat(u.reason()).isEqualTo(UnmatchedReason.ALREADY_IN_MENTORSHIP);
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.MENTEE_ALREADY_ACTIVE);
    }

    @Test
    void someoneWhoIsBothMentorAndMenteeIsNeverTheirOwnMentor() {
        MatchResult result = run(MentoringForm.TEACHER_TEACHER).groups()
                .with(mentor(1).experience(10).capacity(2))
                .with(mentee(1).kind(ParticipantKind.TEACHER), mentee(10).kind(ParticipantKind.YOUNG_SPECIALIST))
                .solve();
        assertThat(pairs(result)).containsExactly("1-10");
        UnmatchedMentee u = only(result);
        assertThat(u.menteeId()).isEqualTo(id(1));
        assertThat(u.mainConstraint()).isEqualTo(HardConstraint.SAME_PERSON);
        assertThat(u.excludedMentors()).containsExactly(entry(HardConstraint.SAME_PERSON, 1));
    }
}
