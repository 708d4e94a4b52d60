package ru.nastavnik.matching.solver;

/**
 * The rules no proposal may break, in the order they are checked. The first four concern one side alone; the
 * others a mentor and a mentee together.
 */
public enum HardConstraint {
    /** The mentor's kind is not a mentor kind of the form, or the mentor's accepted forms leave it out. */
    MENTOR_FORM,
    /** The mentor is already in an active mentorship of the form. */
    MENTOR_ALREADY_ACTIVE,
    /** The mentee's kind is not a mentee kind of the form, or the mentee's desired forms leave it out. */
    MENTEE_FORM,
    /** The mentee is already in an active mentorship of the form. */
    MENTEE_ALREADY_ACTIVE,
    /** The same participant on both sides. */
    SAME_PERSON,
    /** Different schools in a school run ({@link RunScope#SCHOOL}). */
    OTHER_SCHOOL,
    /** The curator excluded this pair. */
    EXCLUDED_PAIR,
    /** The form needs an older mentor ({@link FormRules}) and the mentor is not, or the ages are not known. */
    MENTOR_NOT_OLDER,
    /** The form needs a more experienced mentor ({@link FormRules}) and the mentor is not, or it is not known. */
    MENTOR_NOT_MORE_EXPERIENCED;

    /** Whether the constraint concerns the mentor alone. */
    public boolean mentorOnly() {
        return this == MENTOR_FORM || this == MENTOR_ALREADY_ACTIVE;
    }

    /** Whether the constraint concerns the mentee alone. */
    public boolean menteeOnly() {
        return this == MENTEE_FORM || this == MENTEE_ALREADY_ACTIVE;
    }
}
