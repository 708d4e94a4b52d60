package ru.nastavnik.matching.solver;

import java.util.UUID;

/**
 * What the run did with a mentor.
 *
 * @param mentorId   the mentor
 * @param capacity   how many mentees the mentor could receive in this run (1 in a pair run, 0 when excluded)
 * @param assigned   how many the run proposes
 * @param excludedBy the mentor's own failed constraint ({@link HardConstraint#MENTOR_FORM} or
 *                   {@link HardConstraint#MENTOR_ALREADY_ACTIVE}), null when the mentor took part
 */
public record MentorOutcome(UUID mentorId, int capacity, int assigned, HardConstraint excludedBy) {
}
