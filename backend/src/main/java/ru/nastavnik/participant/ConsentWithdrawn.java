package ru.nastavnik.participant;

import java.util.UUID;

/**
 * Fired inside the withdrawing transaction, so that every feature holding the participant's personal data erases
 * it in the same commit.
 */
public record ConsentWithdrawn(UUID participantId) {
}
