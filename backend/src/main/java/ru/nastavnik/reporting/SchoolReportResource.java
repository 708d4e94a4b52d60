package ru.nastavnik.reporting;

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

/** A school's monitoring report: written and submitted by the school, read by its municipality and region. */
@Path("/api/schools/{schoolId}/campaigns/{campaignId}/report")
@Tag(name = "Отчёты мониторинга")
@RolesAllowed(Role.SCHOOL)
public class SchoolReportResource {

    @Inject
    ReportService service;

    @GET
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Отчёт организации в кампании",
            description = "Организация при первом чтении получает новый черновик; муниципалитет и регион видят"
                    + " начатый отчёт.")
    public ReportView get(@PathParam("schoolId") UUID schoolId, @PathParam("campaignId") UUID campaignId) {
        return service.get(service.school(schoolId), campaignId);
    }

    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Начать отчёт организации (черновик)")
    public RestResponse<ReportView> create(@PathParam("schoolId") UUID schoolId,
            @PathParam("campaignId") UUID campaignId, @Context UriInfo uri) {
        return Created.at(uri.getAbsolutePath(), service.create(service.school(schoolId), campaignId));
    }

    @PUT
    @Operation(summary = "Сохранить аналитическую справку черновика")
    public ReportView update(@PathParam("schoolId") UUID schoolId, @PathParam("campaignId") UUID campaignId,
            @Valid @NotNull(message = "Передайте справку") NoteInput input) {
        return service.saveNote(service.school(schoolId), campaignId, input);
    }

    @Audited(AuditAction.REPORT_SUBMITTED)
    @POST
    @Path("submit")
    @Operation(summary = "Отправить отчёт в муниципалитет",
            description = "Закрепляет показатели кампании на этот момент: последующие изменения данных их не меняют.")
    public ReportView submit(@PathParam("schoolId") UUID schoolId, @PathParam("campaignId") UUID campaignId,
            @Valid @NotNull(message = "Передайте версию отчёта") TransitionInput input) {
        return service.submit(service.school(schoolId), campaignId, input);
    }

    @GET
    @Path("versions/{number}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Отправленная версия отчёта: справка и показатели, закреплённые при её отправке")
    public SubmittedVersionView version(@PathParam("schoolId") UUID schoolId,
            @PathParam("campaignId") UUID campaignId, @PathParam("number") int number) {
        return service.submittedVersion(service.school(schoolId), campaignId, number);
    }

    @GET
    @Path("xlsx")
    @Produces(ExportFormat.XLSX_TYPE)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Показатели отчёта в Excel")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(
            mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("schoolId") UUID schoolId, @PathParam("campaignId") UUID campaignId) {
        return ReportFiles.xlsx(service.get(service.school(schoolId), campaignId));
    }

    @GET
    @Path("docx")
    @Produces(Document.DOCX)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Аналитическая справка с показателями в формате Word")
    @APIResponse(responseCode = "200", description = "Документ Word", content = @Content(mediaType = Document.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("schoolId") UUID schoolId, @PathParam("campaignId") UUID campaignId) {
        return ReportFiles.docx(service.get(service.school(schoolId), campaignId));
    }
}
