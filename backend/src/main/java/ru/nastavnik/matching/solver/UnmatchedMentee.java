package ru.nastavnik.matching.solver;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A mentee the run could not match, and why.
 *
 * @param menteeId         the mentee
 * @param reason           the reason
 * @param mainConstraint   the hard constraint behind the reason: the mentee's own failed constraint for
 *                         {@link UnmatchedReason#FORM_DOES_NOT_FIT} and {@link UnmatchedReason#ALREADY_IN_MENTORSHIP};
 *                         for {@link UnmatchedReason#NO_MENTOR_OF_FORM}, the mentor's own constraint that excluded
 *                         the most mentors (null when the run has no mentors at all); for
 *                         {@link UnmatchedReason#NO_ELIGIBLE_MENTOR}, the pair constraint that excluded the most of
 *                         the mentors of the form; null for {@link UnmatchedReason#NO_CAPACITY_LEFT}
 * @param excludedMentors  for {@link UnmatchedReason#NO_MENTOR_OF_FORM} and {@link UnmatchedReason#NO_ELIGIBLE_MENTOR}:
 *                         how many of the run's mentors each constraint excludes for this mentee (a mentor failing
 *                         two constraints counts under both); empty otherwise
 * @param eligibleMentors  how many mentors passed every hard constraint for this mentee (all of them filled, for
 *                         {@link UnmatchedReason#NO_CAPACITY_LEFT})
 */
public record UnmatchedMentee(
        UUID menteeId, UnmatchedReason reason, HardConstraint mainConstraint,
        Map<HardConstraint, Integer> excludedMentors, int eligibleMentors) {

    public UnmatchedMentee {
        // in constraint order, so that the same result always reads (and serialises) the same way
        excludedMentors = excludedMentors.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(excludedMentors));
    }
}
