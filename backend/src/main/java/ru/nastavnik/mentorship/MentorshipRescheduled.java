package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the transaction that moved an active pair's end by mutual agreement, so that what follows the
 * pair's term (its programme) follows it in the same transaction, or the change is refused as a whole.
 */
public record MentorshipRescheduled(UUID schoolId, UUID mentorshipId, LocalDate oldEnd, LocalDate newEnd,
        String reason) {
}
