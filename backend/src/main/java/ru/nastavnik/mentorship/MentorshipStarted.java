package ru.nastavnik.mentorship;

import java.util.UUID;

/**
 * Fired in the transaction that activates a pair or group, so that what starting entails (the entry
 * questionnaires, the diary) happens with it or not at all.
 */
public record MentorshipStarted(UUID schoolId, UUID mentorshipId) {
}
