package ru.nastavnik.matching.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;

/**
 * Everything one match run needs: the form, whose mentors it may use, pairs or groups, the candidates, the pairs
 * the curator excluded and the score weights. The order of the lists does not matter: the solver sorts everything
 * by id, so the same candidates in any order give the same result.
 *
 * @param form          the form of mentorship the run is for
 * @param scope         a school's run (same school only) or a municipal run (mentors shared across schools)
 * @param shape         pairs (one mentee per mentor) or groups (up to each mentor's capacity)
 * @param mentors       mentor candidates, ids unique
 * @param mentees       mentee candidates, ids unique
 * @param excludedPairs pairs the curator set aside; pairs naming people outside the run are ignored
 * @param weights       the score weights; null gives {@link ScoreWeights#DEFAULT}
 */
public record MatchingProblem(
        MentoringForm form, RunScope scope, MentorshipShape shape, List<MentorCandidate> mentors,
        List<MenteeCandidate> mentees, Set<ExcludedPair> excludedPairs, ScoreWeights weights) {

    public MatchingProblem {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(shape, "shape");
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        mentees = mentees == null ? List.of() : List.copyOf(mentees);
        excludedPairs = excludedPairs == null ? Set.of() : Set.copyOf(excludedPairs);
        weights = weights == null ? ScoreWeights.DEFAULT : weights;
        requireUnique(mentors.stream().map(MentorCandidate::id).toList(), "mentor");
        requireUnique(mentees.stream().map(MenteeCandidate::id).toList(), "mentee");
    }

    private static void requireUnique(List<UUID> ids, String side) {
        Set<UUID> seen = new HashSet<>();
        for (UUID id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The " + side + " " + id + " is listed twice");
            }
        }
    }
}
