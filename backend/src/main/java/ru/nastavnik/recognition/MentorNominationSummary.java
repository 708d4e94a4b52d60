package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorNominationSummary")
public record MentorNominationSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) MentorNominationView.Mentor mentor,
        @Schema(required = true) MentorNominationStatus status,
        @Schema(required = true, description = "Есть действующее согласие на публикацию") boolean consented,
        Instant submittedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
