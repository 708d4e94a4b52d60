package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

/**
 * Who may be on each side of a form, and the form's own rule between the two.
 *
 * <table>
 * <caption>Forms</caption>
 * <tr><th>form</th><th>mentor kinds</th><th>mentee kinds</th><th>rule</th></tr>
 * <tr><td>PUPIL_PUPIL</td><td>PUPIL</td><td>PUPIL</td><td>mentor older</td></tr>
 * <tr><td>TEACHER_TEACHER</td><td>TEACHER</td><td>TEACHER, YOUNG_SPECIALIST</td><td>mentor more experienced</td></tr>
 * <tr><td>TEACHER_PUPIL</td><td>TEACHER</td><td>PUPIL</td><td>—</td></tr>
 * <tr><td>STUDENT_PUPIL</td><td>STUDENT, GRADUATE</td><td>PUPIL</td><td>—</td></tr>
 * <tr><td>STUDENT_STUDENT</td><td>STUDENT</td><td>STUDENT</td><td>mentor older</td></tr>
 * <tr><td>EMPLOYER_PUPIL</td><td>EMPLOYER</td><td>PUPIL</td><td>—</td></tr>
 * <tr><td>EMPLOYER_STUDENT</td><td>EMPLOYER</td><td>STUDENT</td><td>—</td></tr>
 * <tr><td>HEAD_TEACHER</td><td>HEAD</td><td>TEACHER, YOUNG_SPECIALIST</td><td>—</td></tr>
 * <tr><td>COLLEGE_TEACHER_YOUNG_TEACHER</td><td>TEACHER</td><td>YOUNG_SPECIALIST, TEACHER</td>
 * <td>mentor more experienced</td></tr>
 * </table>
 *
 * <p>"Mentor older" compares birth dates (the mentor born strictly earlier); when either is unknown it compares
 * grades (class or course, strictly higher); when neither comparison is possible the pair is refused, because a
 * hard rule the curator relies on cannot be assumed. "Mentor more experienced" needs the mentor's years, strictly
 * more than the mentee's; a mentee who gave none counts as a beginner. Graduates mentor pupils with students, the
 * way schools invite former pupils now at college or university; a head mentors teachers in their own form.
 */
public final class FormRules {

    /** The rule a form adds between its two sides. */
    public enum Rule {
        NONE, MENTOR_OLDER, MENTOR_MORE_EXPERIENCED
    }

    private static final Pattern GRADE = Pattern.compile("(?<!\\d)(1[01]|[1-9])(?!\\d)");

    private FormRules() {
    }

    public static Set<ParticipantKind> mentorKinds(MentoringForm form) {
        return switch (form) {
            case PUPIL_PUPIL -> EnumSet.of(ParticipantKind.PUPIL);
            case TEACHER_TEACHER, TEACHER_PUPIL, COLLEGE_TEACHER_YOUNG_TEACHER -> EnumSet.of(ParticipantKind.TEACHER);
            case STUDENT_PUPIL -> EnumSet.of(ParticipantKind.STUDENT, ParticipantKind.GRADUATE);
            case STUDENT_STUDENT -> EnumSet.of(ParticipantKind.STUDENT);
            case EMPLOYER_PUPIL, EMPLOYER_STUDENT -> EnumSet.of(ParticipantKind.EMPLOYER);
            case HEAD_TEACHER -> EnumSet.of(ParticipantKind.HEAD);
        };
    }

    public static Set<ParticipantKind> menteeKinds(MentoringForm form) {
        return switch (form) {
            case PUPIL_PUPIL, TEACHER_PUPIL, STUDENT_PUPIL, EMPLOYER_PUPIL -> EnumSet.of(ParticipantKind.PUPIL);
            case STUDENT_STUDENT, EMPLOYER_STUDENT -> EnumSet.of(ParticipantKind.STUDENT);
            case TEACHER_TEACHER, HEAD_TEACHER, COLLEGE_TEACHER_YOUNG_TEACHER ->
                    EnumSet.of(ParticipantKind.TEACHER, ParticipantKind.YOUNG_SPECIALIST);
        };
    }

    public static Rule rule(MentoringForm form) {
        return switch (form) {
            case PUPIL_PUPIL, STUDENT_STUDENT -> Rule.MENTOR_OLDER;
            case TEACHER_TEACHER, COLLEGE_TEACHER_YOUNG_TEACHER -> Rule.MENTOR_MORE_EXPERIENCED;
            default -> Rule.NONE;
        };
    }

    /**
     * The class or course number in a participant's "grade or position" ("9А" → 9, "10 класс" → 10, "2 курс" →
     * 2); null when there is none between 1 and 11.
     */
    public static Integer gradeOf(String gradeOrPosition) {
        if (gradeOrPosition == null) {
            return null;
        }
        Matcher m = GRADE.matcher(gradeOrPosition);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static boolean mentorFits(MentoringForm form, MentorCandidate mentor) {
        return mentorKinds(form).contains(mentor.kind())
                && (mentor.formsAccepted().isEmpty() || mentor.formsAccepted().contains(form));
    }

    static boolean menteeFits(MentoringForm form, MenteeCandidate mentee) {
        return menteeKinds(form).contains(mentee.kind())
                && (mentee.desiredForms().isEmpty() || mentee.desiredForms().contains(form));
    }

    static boolean older(LocalDate mentorBirth, Integer mentorGrade, LocalDate menteeBirth, Integer menteeGrade) {
        if (mentorBirth != null && menteeBirth != null) {
            return mentorBirth.isBefore(menteeBirth);
        }
        return mentorGrade != null && menteeGrade != null && mentorGrade > menteeGrade;
    }

    static boolean moreExperienced(Integer mentorYears, Integer menteeYears) {
        return mentorYears != null && mentorYears > (menteeYears == null ? 0 : menteeYears);
    }
}
