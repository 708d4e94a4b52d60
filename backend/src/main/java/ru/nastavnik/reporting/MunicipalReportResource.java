package ru.nastavnik.reporting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.table.ExportFormat;

/**
 * A municipality in a campaign: its schools' reports, which its coordinator accepts or returns, and its own report
 * to the region, which consolidates them.
 */
@Path("/api/municipalities/{municipalityId}/campaigns/{campaignId}")
@Tag(name = "Отчёты мониторинга")
@RolesAllowed(Role.MUNICIPAL)
public class MunicipalReportResource {

    @Inject
    ReportService service;

    @GET
    @Path("reports")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Отчёты организаций муниципалитета: состояние, не сданные и просроченные")
    public List<SchoolReportRow> schools(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId) {
        return service.schools(service.municipality(municipalityId), campaignId);
    }

    @Audited(AuditAction.REPORT_ACCEPTED)
    @POST
    @Path("reports/{reportId}/accept")
    @Operation(summary = "Принять отправленный отчёт организации")
    public ReportView accept(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId, @PathParam("reportId") UUID reportId,
            @Valid @NotNull(message = "Передайте версию отчёта") TransitionInput input) {
        return service.decideSchool(municipalityId, campaignId, reportId, true, input);
    }

    @Audited(AuditAction.REPORT_RETURNED)
    @POST
    @Path("reports/{reportId}/return")
    @Operation(summary = "Вернуть отчёт организации на доработку с комментарием",
            description = "Открывает следующую версию отчёта с той же справкой; отправленная версия не меняется.")
    public ReportView giveBack(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId, @PathParam("reportId") UUID reportId,
            @Valid @NotNull(message = "Передайте версию отчёта и комментарий") TransitionInput input) {
        return service.decideSchool(municipalityId, campaignId, reportId, false, input);
    }

    @GET
    @Path("report")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Отчёт муниципалитета в кампании",
            description = "Координатор муниципалитета при первом чтении получает новый черновик; регион видит"
                    + " начатый отчёт.")
    public ReportView get(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId) {
        return service.get(service.municipality(municipalityId), campaignId);
    }

    @POST
    @Path("report")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Начать отчёт муниципалитета (черновик)")
    public RestResponse<ReportView> create(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId, @Context UriInfo uri) {
        return Created.at(uri.getAbsolutePath(), service.create(service.municipality(municipalityId), campaignId));
    }

    @PUT
    @Path("report")
    @Operation(summary = "Сохранить аналитическую справку муниципалитета")
    public ReportView update(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId, @Valid @NotNull(message = "Передайте справку") NoteInput input) {
        return service.saveNote(service.municipality(municipalityId), campaignId, input);
    }

    @Audited(AuditAction.REPORT_SUBMITTED)
    @POST
    @Path("report/submit")
    @Operation(summary = "Отправить отчёт муниципалитета в регион",
            description = "Закрепляет показатели муниципалитета и состояние отчётов его организаций на этот момент.")
    public ReportView submit(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId,
            @Valid @NotNull(message = "Передайте версию отчёта") TransitionInput input) {
        return service.submit(service.municipality(municipalityId), campaignId, input);
    }

    @GET
    @Path("report/versions/{number}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Отправленная версия отчёта муниципалитета: справка, показатели и отчёты организаций,"
            + " закреплённые при её отправке")
    public SubmittedVersionView version(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("campaignId") UUID campaignId, @PathParam("number") int number) {
        return service.submittedVersion(service.municipality(municipalityId), campaignId, number);
    }

    @GET
    @Path("report/xlsx")
    @Produces(ExportFormat.XLSX_TYPE)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Показатели отчёта муниципалитета в Excel",
            description = "Лист показателей и лист организаций муниципалитета: состояние отчёта каждой, дата"
                    + " отправки и её показатели.")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(
            mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("municipalityId") UUID municipalityId, @PathParam("campaignId") UUID campaignId) {
        return ReportFiles.xlsx(service.get(service.municipality(municipalityId), campaignId));
    }

    @GET
    @Path("report/docx")
    @Produces(Document.DOCX)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Аналитическая справка муниципалитета с показателями в формате Word")
    @APIResponse(responseCode = "200", description = "Документ Word", content = @Content(mediaType = Document.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("municipalityId") UUID municipalityId, @PathParam("campaignId") UUID campaignId) {
        return ReportFiles.docx(service.get(service.municipality(municipalityId), campaignId));
    }
}
