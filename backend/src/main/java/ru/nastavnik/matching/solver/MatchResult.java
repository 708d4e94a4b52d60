package ru.nastavnik.matching.solver;

import java.util.List;

/**
 * The outcome of a run. Lists are sorted by id (mentor, then mentee), so equal inputs give equal results.
 *
 * @param pairs                proposed pairs
 * @param unmatched            every mentee of the run without a pair, with the reason
 * @param mentors              every mentor of the run with capacity and load
 * @param matchedCount         number of proposed pairs (matched mentees): the largest possible
 * @param totalScore           sum of the pairs' scores: the largest possible with that many pairs
 * @param maxPairScore         the score a pair gets with every criterion at 1, for showing scores as shares
 * @param blockingPairCount    pairs who would both rather be together than with what they got (see
 *                             {@link BlockingPair}); zero means the proposal is stable
 * @param blockingPairs        the first {@link #BLOCKING_PAIRS_LISTED} of them
 * @param weights              the weights used
 * @param stats                the size of the problem and the work done
 */
public record MatchResult(
        List<ProposedPair> pairs, List<UnmatchedMentee> unmatched, List<MentorOutcome> mentors, int matchedCount,
        long totalScore, int maxPairScore, long blockingPairCount, List<BlockingPair> blockingPairs,
        ScoreWeights weights, SolverStats stats) {

    /** How many blocking pairs the result lists; the count covers all. */
    public static final int BLOCKING_PAIRS_LISTED = 100;

    public MatchResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
        mentors = List.copyOf(mentors);
        blockingPairs = List.copyOf(blockingPairs);
    }
}
