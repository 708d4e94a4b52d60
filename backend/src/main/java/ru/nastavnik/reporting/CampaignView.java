package ru.nastavnik.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.monitoring.Indicator;

@Schema(name = "Campaign", description = "Отчётная кампания мониторинга региона")
public record CampaignView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID regionId,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Год начала учебного года") int startYear,
        @Schema(description = "1 или 2 для полугодия; нет — весь учебный год") Integer half,
        @Schema(required = true, description = "Период словами", example = "I полугодие 2026/27") String periodLabel,
        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true, description = "Показатели в отчётах кампании") List<Indicator> indicators,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt) {

    static CampaignView of(ReportCampaign c) {
        return new CampaignView(c.id, c.regionId, c.title, c.startYear, c.half, CampaignService.periodLabel(c),
                c.dueOn, c.indicators.stream().map(Indicator::valueOf).toList(), c.createdBy, c.createdAt);
    }
}
