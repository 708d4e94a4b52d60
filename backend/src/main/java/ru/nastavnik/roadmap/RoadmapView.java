package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Roadmap", description = "Дорожная карта с ходом её выполнения на сегодня")
public record RoadmapView(
        @Schema(required = true) UUID id,
        @Schema(required = true) RoadmapLevel level,
        @Schema(required = true, description = "Организация, муниципалитет или регион") UUID ownerId,
        @Schema(required = true) String ownerName,
        @Schema(required = true) int startYear,
        @Schema(required = true, description = "«2026/2027»") String yearLabel,
        @Schema(required = true) String title,
        String approvalTitle,
        String approvalNumber,
        LocalDate approvalDate,
        @Schema(required = true) ProgressCounts progress,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    static String yearLabel(int startYear) {
        return startYear + "/" + (startYear + 1);
    }

    static UUID ownerId(Roadmap r) {
        return switch (r.level) {
            case SCHOOL -> r.schoolId;
            case MUNICIPALITY -> r.municipalityId;
            case REGION -> r.regionId;
        };
    }

    static RoadmapView of(Roadmap r, String ownerName, ProgressCounts progress) {
        return new RoadmapView(r.id, r.level, ownerId(r), ownerName, r.startYear, yearLabel(r.startYear), r.title,
                r.approvalTitle, r.approvalNumber, r.approvalDate, progress, r.createdBy, r.createdAt, r.updatedAt,
                r.version);
    }
}
