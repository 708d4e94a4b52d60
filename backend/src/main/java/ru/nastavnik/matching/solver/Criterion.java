package ru.nastavnik.matching.solver;

/**
 * What a pair's score is made of. Each criterion is normalised to 0..1 for the pair; when the data it needs is
 * missing on either side, it takes the neutral value 0.5 so that missing data neither helps nor sinks a pair.
 */
public enum Criterion {
    /**
     * Share of the mentee's requests (competency codes) that the mentor's competencies cover. Raw value: the
     * number of covered requests.
     */
    REQUESTS,
    /**
     * Share of the competencies recognised in the mentee's free-text difficulties (see {@link DifficultyMatcher})
     * that the mentor covers. Raw value: the number covered.
     */
    DIFFICULTIES,
    /**
     * Common weekly slots ({@link Availability}): none gives 0, one gives 0.5, two or more give 1 (a regular
     * meeting and a spare). Raw value: the number of common slots.
     */
    AVAILABILITY,
    /** The mentor's years of experience, 10 or more giving 1. Raw value: the years. */
    EXPERIENCE,
    /**
     * How the mentee ranked the mentor after the group meeting: rank r of a list of n gives (n − r + 1) / n; a
     * mentor the mentee left out of their ranking gives 0. Raw value: the rank.
     */
    MENTEE_PREFERENCE,
    /** How the mentor ranked the mentee, computed like {@link #MENTEE_PREFERENCE}. */
    MENTOR_PREFERENCE
}
