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
 * A mentee candidate of a run: a participant with a consent in force and a filled request questionnaire.
 *
 * @param id                 the participant's id
 * @param schoolId           the participant's school
 * @param kind               the participant's kind; the form decides which kinds may be mentored
 * @param birthDate          null when unknown
 * @param grade              class or course number, null when unknown
 * @param experienceYears    years of experience (teacher forms); null is taken as none
 * @param requests           competency codes the mentee asked for
 * @param difficulties       the difficulty in the mentee's own words; compared with competencies through
 *                           {@link DifficultyMatcher}
 * @param availability       when the mentee can meet; {@link Availability#UNKNOWN} when not said
 * @param desiredForms       the forms the mentee wants; empty means no preference
 * @param inActiveMentorship whether the mentee is already in an active mentorship of the run's form
 * @param preferences        mentor ids in the order the mentee ranked them, best first; empty when none given
 */
public record MenteeCandidate(
        UUID id, UUID schoolId, ParticipantKind kind, LocalDate birthDate, Integer grade, Integer experienceYears,
        Set<String> requests, String difficulties, Availability availability, Set<MentoringForm> desiredForms,
        boolean inActiveMentorship, List<UUID> preferences) {

    public MenteeCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(kind, "kind");
        requests = requests == null ? Set.of() : Set.copyOf(requests);
        availability = availability == null ? Availability.UNKNOWN : availability;
        desiredForms = desiredForms == null ? Set.of() : Set.copyOf(desiredForms);
        preferences = preferences == null ? List.of() : List.copyOf(new LinkedHashSet<>(preferences));
    }
}
