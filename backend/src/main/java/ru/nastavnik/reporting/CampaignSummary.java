package ru.nastavnik.reporting;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignSummary", description = "Сводка кампании для региона: каждый муниципалитет и его организации")
public record CampaignSummary(
        @Schema(required = true) CampaignView campaign,
        @Schema(required = true) List<MunicipalityReportRow> municipalities) {
}
