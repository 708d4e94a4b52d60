package ru.nastavnik.matching.solver;

/** Whose mentors a run may use: a school's own, or those of every school of a municipality. */
public enum RunScope {
    /** Mentor and mentee must belong to the same school. */
    SCHOOL,
    /** A municipal coordinator's run: mentors are shared across the municipality's schools. */
    MUNICIPALITY
}
