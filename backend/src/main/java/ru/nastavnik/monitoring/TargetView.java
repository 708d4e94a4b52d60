package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Target", description = "Целевое значение показателя на учебный год")
public record TargetView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID regionId,
        @Schema(description = "Муниципалитет; нет — значение для всего региона") UUID municipalityId,
        @Schema(required = true) Indicator indicator,
        @Schema(required = true) String indicatorTitle,
        @Schema(required = true) IndicatorUnit unit,
        @Schema(required = true) int startYear,
        @Schema(required = true, example = "2026/2027") String academicYear,
        @Schema(required = true) BigDecimal value,
        @Schema(required = true) String documentNumber,
        @Schema(required = true) LocalDate documentDate,
        String documentTitle,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    static TargetView of(IndicatorTarget t) {
        return new TargetView(t.id, t.regionId, t.municipalityId, t.indicator, t.indicator.title, t.indicator.unit,
                t.startYear, t.startYear + "/" + (t.startYear + 1), t.value, t.documentNumber, t.documentDate,
                t.documentTitle, t.updatedBy, t.updatedAt, t.version);
    }

    FiguresView.TargetRef ref() {
        return new FiguresView.TargetRef(value, municipalityId != null, documentNumber, documentDate, documentTitle);
    }
}
