package ru.nastavnik.reporting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/** The region's reporting campaigns, its summary of them, and its decisions on the municipalities' reports. */
@Path("/api/regions/{regionId}/campaigns")
@Tag(name = "Отчёты мониторинга")
@RolesAllowed(Role.REGIONAL)
public class RegionCampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    ReportService reports;

    @GET
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Отчётные кампании региона, последние по сроку сначала")
    public List<CampaignView> list(@PathParam("regionId") UUID regionId) {
        return campaigns.list(regionId);
    }

    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Открыть отчётную кампанию: период, срок сдачи, показатели")
    public RestResponse<CampaignView> create(@PathParam("regionId") UUID regionId,
            @Valid @NotNull(message = "Передайте данные кампании") CampaignInput input, @Context UriInfo uri) {
        CampaignView c = campaigns.create(regionId, input);
        return Created.in(uri, c.id(), c);
    }

    @GET
    @Path("{campaignId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Отчётная кампания")
    public CampaignView get(@PathParam("regionId") UUID regionId, @PathParam("campaignId") UUID campaignId) {
        return campaigns.get(regionId, campaignId);
    }

    @GET
    @Path("{campaignId}/summary")
    @Operation(summary = "Сводка кампании: отчёт каждого муниципалитета и число отчётов его организаций по"
            + " состояниям")
    public CampaignSummary summary(@PathParam("regionId") UUID regionId, @PathParam("campaignId") UUID campaignId) {
        return reports.summary(regionId, campaignId);
    }

    @Audited(AuditAction.REPORT_ACCEPTED)
    @POST
    @Path("{campaignId}/reports/{reportId}/accept")
    @Operation(summary = "Принять отправленный отчёт муниципалитета")
    public ReportView accept(@PathParam("regionId") UUID regionId, @PathParam("campaignId") UUID campaignId,
            @PathParam("reportId") UUID reportId,
            @Valid @NotNull(message = "Передайте версию отчёта") TransitionInput input) {
        return reports.decideMunicipality(regionId, campaignId, reportId, true, input);
    }

    @Audited(AuditAction.REPORT_RETURNED)
    @POST
    @Path("{campaignId}/reports/{reportId}/return")
    @Operation(summary = "Вернуть отчёт муниципалитета на доработку с комментарием",
            description = "Открывает следующую версию отчёта с той же справкой; отправленная версия не меняется.")
    public ReportView giveBack(@PathParam("regionId") UUID regionId, @PathParam("campaignId") UUID campaignId,
            @PathParam("reportId") UUID reportId,
            @Valid @NotNull(message = "Передайте версию отчёта и комментарий") TransitionInput input) {
        return reports.decideMunicipality(regionId, campaignId, reportId, false, input);
    }
}
