package ru.nastavnik.matching.solver;

/** Whether a run forms pairs or groups, which decides how many mentees one mentor may receive. */
public enum MentorshipShape {
    /** One mentee per mentor, whatever capacity the mentor declared. */
    PAIR,
    /** Up to the mentor's declared capacity (one when the mentor declared none). */
    GROUP
}
