package ru.nastavnik.diary;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.ExportFormat;
import ru.nastavnik.common.table.TableExport;

/** The pair's diary names its mentees, minors among them: like the pair itself, it stays with the school's users. */
@Path("/api/schools/{schoolId}/mentorships/{mentorshipId}/meetings")
@Tag(name = "Дневник наставника")
@RolesAllowed(Role.SCHOOL)
public class MeetingResource {

    @Inject
    DiaryService service;

    @GET
    @Operation(summary = "Встречи пары (группы), новые сначала",
            description = "Сортировка: date, createdAt; по умолчанию — новые сначала.")
    public MeetingPage list(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @BeanParam MeetingFilter filter, @BeanParam PageQuery paging) {
        return service.list(schoolId, mentorshipId, filter, paging);
    }

    @Audited(AuditAction.MEETING_RECORDED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Записать встречу (в том числе со слов наставника)")
    public RestResponse<MeetingView> create(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId,
            @Valid @NotNull(message = "Передайте данные встречи") MeetingInput input, @Context UriInfo uri) {
        MeetingView meeting = service.create(schoolId, mentorshipId, input);
        return Created.in(uri, meeting.id(), meeting);
    }

    @GET
    @Path("activities")
    @Operation(summary = "Мероприятия программы пары, которые можно отметить на встрече")
    public List<DiaryActivityView> activities(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return service.activities(schoolId, mentorshipId);
    }

    @Audited(AuditAction.DIARY_EXPORTED)
    @GET
    @Path("export")
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Дневник наставника за период в Excel или CSV",
            description = "Те же фильтры, что у списка встреч: например month=2025-10 или from и to. Сначала — "
                    + "организация, пара, наставник и наставляемые, затем строка на каждую встречу по порядку.")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @BeanParam MeetingFilter filter, @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        DiaryReport report = service.report(schoolId, mentorshipId, filter);
        return TableExport.response(format.table(), DiaryReport.TITLE, report.preamble(), DiaryReport.COLUMNS,
                report.meetings());
    }

    @GET
    @Path("{meetingId}")
    @Operation(summary = "Встреча")
    public MeetingView get(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("meetingId") UUID meetingId) {
        return service.get(schoolId, mentorshipId, meetingId);
    }

    @Audited(AuditAction.MEETING_UPDATED)
    @PUT
    @Path("{meetingId}")
    @Operation(summary = "Исправить встречу, кем бы она ни была записана")
    public MeetingView update(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull(message = "Передайте данные встречи") MeetingInput input) {
        return service.update(schoolId, mentorshipId, meetingId, input);
    }

    @Audited(AuditAction.MEETING_DELETED)
    @DELETE
    @Path("{meetingId}")
    @ResponseStatus(204)
    @Operation(summary = "Удалить встречу из дневника")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Версия встречи, которую видел пользователь", required = true)
            @QueryParam("version") Integer version) {
        service.delete(schoolId, mentorshipId, meetingId, version);
    }
}
