package ru.nastavnik.recognition;

import java.util.UUID;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;

/**
 * A pair that a request body names by id. Its school has been found already, so a pair that is not there is a
 * mistake in the input: 400 naming the field, not a missing page.
 */
final class References {

    private References() {
    }

    static Mentorship mentorship(MentorshipService mentorships, UUID schoolId, UUID id, String field) {
        try {
            return mentorships.find(schoolId, id);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw ApiException.invalid(field, "Наставническая пара не найдена в организации");
            }
            throw e;
        }
    }

    /** Whether the participant is the pair's mentor or one of its mentees, those who left a group included. */
    static boolean member(Mentorship m, UUID participantId) {
        return m.mentor.id.equals(participantId)
                || m.mentees.stream().anyMatch(mm -> mm.participant.id.equals(participantId));
    }
}
