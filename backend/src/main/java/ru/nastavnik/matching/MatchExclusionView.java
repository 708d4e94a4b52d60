package ru.nastavnik.matching;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchExclusion", description = "Пара, которую подбор не предлагает")
public record MatchExclusionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) MatchPerson mentor,
        @Schema(required = true) MatchPerson mentee,
        String reason,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {
}
