package ru.nastavnik.org;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contingent", description = "Контингент организации за учебный год")
public record ContingentView(
        @Schema(required = true) UUID schoolId,
        @Schema(required = true, description = "Год начала учебного года: 2025 — это 2025/2026") int startYear,
        @Schema(required = true, example = "2025/2026") String academicYear,
        @Schema(required = true, description = "Обучающихся") int pupils,
        @Schema(required = true, description = "Педагогов") int teachers,
        @Schema(required = true, description = "Педагогов до 35 лет в первые три года работы") int youngTeachers,
        @Schema(required = true, description = "Обучающихся по программам дополнительного образования") int additionalPupils,
        @Schema(required = true) int version) {

    static ContingentView of(Contingent c) {
        return new ContingentView(c.school.id, c.startYear, c.startYear + "/" + (c.startYear + 1), c.pupils,
                c.teachers, c.youngTeachers, c.additionalPupils, c.version);
    }
}
