package ru.nastavnik.org;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "School", description = "Образовательная организация")
public record SchoolView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID municipalityId,
        @Schema(required = true) String municipalityName,
        @Schema(required = true) String fullName,
        @Schema(required = true) String shortName,
        @Schema(required = true) SchoolKind kind,
        @Schema(required = true) String inn,
        @Schema(required = true) String address,
        String website,
        @Schema(required = true) boolean archived,
        @Schema(required = true) int version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static SchoolView of(School s) {
        return new SchoolView(s.id, s.municipality.id, s.municipality.name, s.fullName, s.shortName, s.kind, s.inn,
                s.address, s.website, s.archived, s.version, s.createdAt, s.updatedAt);
    }
}
