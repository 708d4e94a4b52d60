package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticeSummary", description = "Лучшая практика в списке организации")
public record BestPracticeSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) BestPracticeStatus status,
        @Schema(required = true) BestPracticeView.Pair mentorship,
        Instant submittedAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {
}
