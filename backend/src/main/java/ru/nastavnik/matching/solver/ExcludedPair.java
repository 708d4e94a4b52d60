package ru.nastavnik.matching.solver;

import java.util.Objects;
import java.util.UUID;

/** A mentor and a mentee the curator does not want together, whatever their scores. */
public record ExcludedPair(UUID mentorId, UUID menteeId) {

    public ExcludedPair {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(menteeId, "menteeId");
    }
}
