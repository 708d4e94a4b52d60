package ru.nastavnik.mentorship;

import java.util.UUID;

/**
 * Fired in the transaction that completes or terminates a pair or group (a withdrawn consent included), so that
 * what ending entails (closing the diary link, the completion questionnaires) happens with it or not at all.
 */
public record MentorshipEnded(UUID schoolId, UUID mentorshipId, MentorshipStatus status) {
}
