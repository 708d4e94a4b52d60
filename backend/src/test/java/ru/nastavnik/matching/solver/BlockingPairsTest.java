package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.nastavnik.matching.solver.People.id;
import static ru.nastavnik.matching.solver.People.mentee;
import static ru.nastavnik.matching.solver.People.mentor;
import static ru.nastavnik.matching.solver.People.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

class BlockingPairsTest {

    /** Preferences enter the count but not the score, so the optimum can go against them. */
    private static final ScoreWeights NO_PREFERENCES = new ScoreWeights(40, 10, 10, 10, 0, 0);

    @Test
    void matchingEveryoneCanLeaveTwoPeopleWhoPreferEachOther() {
        // A suits x best, but only A can take y: matching both mentees sends x to B.
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math", "exams"), mentor(2).competencies("subject-math"))
                .with(mentee(10).requests("subject-math", "exams"), mentee(11).requests("subject-math", "subject-it"))
                .exclude(2, 11).solve();
        assertThat(result.matchedCount()).isEqualTo(2);
        assertThat(result.blockingPairCount()).isEqualTo(1);
        assertThat(result.blockingPairs()).containsExactly(new BlockingPair(id(1), id(10)));
    }

    @Test
    void rankingsOverrideScoresForBothSides() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).weights(NO_PREFERENCES)
                .with(mentor(1).competencies("subject-math"), mentor(2).competencies("exams").ranks(10))
                .with(mentee(10).requests("subject-math").ranks(2), mentee(11).requests("exams"))
                .solve();
        assertThat(result.pairs()).extracting(ProposedPair::mentorId, ProposedPair::menteeId).containsExactly(
                tuple(id(1), id(10)), tuple(id(2), id(11)));
        assertThat(result.blockingPairs()).containsExactly(new BlockingPair(id(2), id(10)));
    }

    @Test
    void aMentorWithAFreePlaceBlocksWithAMenteeWhoRankedThemFirst() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).groups().weights(NO_PREFERENCES)
                .with(mentor(1).capacity(2), mentor(2).competencies("subject-math"))
                .with(mentee(10).requests("subject-math").ranks(1))
                .solve();
        assertThat(result.pairs()).extracting(ProposedPair::mentorId).containsExactly(id(2));
        assertThat(result.blockingPairs()).containsExactly(new BlockingPair(id(1), id(10)));
    }

    @Test
    void whenScoresAndRankingsAgreeTheProposalIsStable() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL)
                .with(mentor(1).competencies("subject-math").ranks(10), mentor(2).competencies("exams").ranks(11))
                .with(mentee(10).requests("subject-math").ranks(1), mentee(11).requests("exams").ranks(2))
                .solve();
        assertThat(result.blockingPairCount()).isZero();
        assertThat(result.blockingPairs()).isEmpty();
    }

    @Test
    void equalScoresWithoutRankingsAreNoReasonToBlock() {
        MatchResult result = run(MentoringForm.TEACHER_PUPIL).with(mentor(1), mentor(2)).with(mentee(10), mentee(11))
                .solve();
        assertThat(result.blockingPairCount()).isZero();
    }

    @Test
    void theCountAgreesWithTheDefinitionCheckedPairByPair() {
        long total = 0;
        for (long seed = 1; seed <= 60; seed++) {
            MatchingProblem p = RandomRuns.upTo(seed, 25, 60);
            MatchingProblem problem = new MatchingProblem(p.form(), p.scope(), p.shape(), p.mentors(), p.mentees(),
                    p.excludedPairs(), NO_PREFERENCES);
            MatchResult result = new MatchingSolver().solve(problem);
            List<BlockingPair> expected = naive(new Instance(problem), result);
            assertThat(result.blockingPairCount()).as("seed %d", seed).isEqualTo(expected.size());
            assertThat(result.blockingPairs()).as("seed %d", seed)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(expected.size(),
                            MatchResult.BLOCKING_PAIRS_LISTED)));
            total += expected.size();
        }
        assertThat(total).as("the random runs do have blocking pairs").isPositive();
    }

    /** Straight from the definition, over ids and preference lists. */
    private static List<BlockingPair> naive(Instance instance, MatchResult result) {
        Map<UUID, UUID> mentorOf = new HashMap<>();
        Map<UUID, List<UUID>> group = new HashMap<>();
        for (ProposedPair pair : result.pairs()) {
            mentorOf.put(pair.menteeId(), pair.mentorId());
            group.computeIfAbsent(pair.mentorId(), k -> new ArrayList<>()).add(pair.menteeId());
        }
        List<BlockingPair> found = new ArrayList<>();
        for (int i = 0; i < instance.mentorCount(); i++) {
            MentorCandidate m = instance.mentors[i];
            for (int j = 0; j < instance.menteeCount(); j++) {
                MenteeCandidate e = instance.mentees[j];
                if (instance.scores[j][i] < 0 || m.id().equals(mentorOf.get(e.id()))) {
                    continue;
                }
                UUID current = mentorOf.get(e.id());
                boolean menteeWants = current == null
                        || prefers(e.preferences(), m.id(), current, instance.scores[j][i],
                                instance.scores[j][indexOfMentor(instance, current)]);
                List<UUID> mine = group.getOrDefault(m.id(), List.of());
                boolean mentorWants = mine.size() < instance.capacity[i];
                for (UUID other : mine) {
                    mentorWants |= prefers(m.preferences(), e.id(), other, instance.scores[j][i],
                            instance.scores[indexOfMentee(instance, other)][i]);
                }
                if (menteeWants && mentorWants) {
                    found.add(new BlockingPair(m.id(), e.id()));
                }
            }
        }
        return found;
    }

    private static boolean prefers(List<UUID> ranking, UUID a, UUID b, int scoreA, int scoreB) {
        int ra = ranking.indexOf(a);
        int rb = ranking.indexOf(b);
        if (ra >= 0 && rb >= 0) {
            return ra < rb;
        }
        if (ra >= 0 || rb >= 0) {
            return ra >= 0;
        }
        return scoreA > scoreB;
    }

    private static int indexOfMentor(Instance instance, UUID id) {
        for (int i = 0; i < instance.mentorCount(); i++) {
            if (instance.mentors[i].id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    private static int indexOfMentee(Instance instance, UUID id) {
        for (int j = 0; j < instance.menteeCount(); j++) {
            if (instance.mentees[j].id().equals(id)) {
                return j;
            }
        }
        throw new IllegalArgumentException();
    }
}
