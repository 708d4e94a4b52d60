package ru.nastavnik.matching.solver;

/** Why a mentee got no mentor. */
public enum UnmatchedReason {
    /** The mentee's kind or desired forms do not fit the run's form ({@link HardConstraint#MENTEE_FORM}). */
    FORM_DOES_NOT_FIT,
    /** The mentee is already in an active mentorship of the form. */
    ALREADY_IN_MENTORSHIP,
    /** No mentor of the run fits the form or is free of an active mentorship of it. */
    NO_MENTOR_OF_FORM,
    /** Mentors of the form exist, but a hard constraint rules out every one of them for this mentee. */
    NO_ELIGIBLE_MENTOR,
    /**
     * Some mentors were eligible, but their capacity went to other mentees: giving it to this one would have
     * matched fewer mentees in total or, with as many matched, a lower total score.
     */
    NO_CAPACITY_LEFT
}
