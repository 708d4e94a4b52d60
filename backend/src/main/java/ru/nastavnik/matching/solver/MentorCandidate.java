package ru.nastavnik.matching.solver;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.ParticipantKind;

/**
 * A mentor candidate of a run: a participant with a consent in force and a filled mentor application (the caller
 * selects them; the solver does not look at consents).
 *
 * @param id                 the participant's id
 * @param schoolId           the participant's school
 * @param kind               the participant's kind; the form decides which kinds may mentor ({@link FormRules})
 * @param birthDate          for the forms whose mentor must be older; null when unknown
 * @param grade              class or course number ({@link FormRules#gradeOf(String)}), used for the age rule
 *                           when a birth date is missing; null when unknown
 * @param experienceYears    years of experience; null when unknown
 * @param competencies       competency codes of the catalogue
 * @param capacity           how many mentees at once; null counts as one. A pair run gives everyone one.
 * @param availability       when the mentor can meet; {@link Availability#UNKNOWN} when not said
 * @param formsAccepted      the forms the mentor accepts; empty means the mentor did not restrict them
 * @param inActiveMentorship whether the mentor is already in an active mentorship of the run's form
 * @param preferences        mentee ids in the order the mentor ranked them after the group meeting, best first;
 *                           empty when the mentor gave no ranking. Ids of people outside the run are ignored.
 */
public record MentorCandidate(
        UUID id, UUID schoolId, ParticipantKind kind, LocalDate birthDate, Integer grade, Integer experienceYears,
        Set<String> competencies, Integer capacity, Availability availability, Set<MentoringForm> formsAccepted,
        boolean inActiveMentorship, List<UUID> preferences) {

    public MentorCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(kind, "kind");
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("A mentor's capacity is at least one: " + id);
        }
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        availability = availability == null ? Availability.UNKNOWN : availability;
        formsAccepted = formsAccepted == null ? Set.of() : Set.copyOf(formsAccepted);
        preferences = preferences == null ? List.of() : List.copyOf(new LinkedHashSet<>(preferences));
    }
}
