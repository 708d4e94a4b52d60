package ru.nastavnik.matching.solver;

import java.util.List;
import java.util.UUID;

/**
 * A proposed mentor–mentee pair (in a group run, one member of the mentor's group) with its explanation.
 *
 * @param mentorId            the mentor
 * @param menteeId            the mentee
 * @param score               the pair's score in points, the sum of the contributions in {@code breakdown}
 * @param breakdown           one line per {@link Criterion}, in criterion order
 * @param menteeRankOfMentor  the place the mentee gave the mentor in their ranking (1 = first choice); null when
 *                            the mentee did not rank the mentor
 * @param menteeRankingSize   how many people the mentee ranked (0: no ranking)
 * @param mentorRankOfMentee  the place the mentor gave the mentee; null when not ranked
 * @param mentorRankingSize   how many people the mentor ranked
 */
public record ProposedPair(
        UUID mentorId, UUID menteeId, int score, List<CriterionScore> breakdown, Integer menteeRankOfMentor,
        int menteeRankingSize, Integer mentorRankOfMentee, int mentorRankingSize) {

    public ProposedPair {
        breakdown = List.copyOf(breakdown);
    }
}
