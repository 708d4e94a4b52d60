package ru.nastavnik.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;

/** A pair's programme names its members, minors among them: like the pair, it stays with the school's own users. */
@Path("/api/schools/{schoolId}/mentorships/{mentorshipId}/programme")
@Tag(name = "Программы наставничества")
@RolesAllowed(Role.SCHOOL)
public class ProgrammeResource {

    @Inject
    ProgrammeService service;

    @GET
    @Operation(summary = "Персонализированная программа пары с целями, планом мероприятий и согласиями сторон")
    public ProgrammeView get(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId) {
        return service.get(schoolId, mentorshipId);
    }

    @Audited(AuditAction.PROGRAMME_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Составить программу пары: с шаблона для её формы или пустой черновик",
            description = "Только для пары, утверждённой приказом, или действующей; у пары одна программа.")
    public RestResponse<ProgrammeView> create(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId, @Valid ProgrammeCreateInput input, @Context UriInfo uri) {
        ProgrammeView programme = service.create(schoolId, mentorshipId, input);
        return Created.at(uri.getAbsolutePath(), programme);
    }

    @Audited(AuditAction.PROGRAMME_UPDATED)
    @PUT
    @Operation(summary = "Изменить пояснительную записку, сроки и цели программы",
            description = "Срок программы — в пределах срока пары. После согласования нужна причина изменения, и "
                    + "изменение записывается в историю программы.")
    public ProgrammeView update(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @Valid @NotNull(message = "Передайте данные программы") ProgrammeInput input) {
        return service.update(schoolId, mentorshipId, input);
    }

    @Audited(AuditAction.PROGRAMME_AGREED)
    @POST
    @Path("agree")
    @Operation(summary = "Записать согласие наставника и каждого наставляемого с программой",
            description = "За несовершеннолетнего соглашается родитель или законный представитель.")
    public ProgrammeView agree(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @Valid @NotNull(message = "Передайте согласия сторон") ProgrammeAgreementInput input) {
        return service.agree(schoolId, mentorshipId, input);
    }

    @GET
    @Path("revisions")
    @Operation(summary = "Изменения согласованной программы: кто, когда, почему и что изменил, новые первыми")
    public List<RevisionView> revisions(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return service.revisions(schoolId, mentorshipId);
    }

    @Audited(AuditAction.PROGRAMME_ACTIVITY_ADDED)
    @POST
    @Path("activities")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить мероприятие в план программы")
    public RestResponse<ActivityView> addActivity(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId,
            @Valid @NotNull(message = "Передайте данные мероприятия") ActivityInput input, @Context UriInfo uri) {
        ActivityView activity = service.addActivity(schoolId, mentorshipId, input);
        return Created.in(uri, activity.id(), activity);
    }

    @GET
    @Path("activities/{activityId}")
    @Operation(summary = "Мероприятие плана программы")
    public ActivityView activity(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("activityId") UUID activityId) {
        return service.activity(schoolId, mentorshipId, activityId);
    }

    @Audited(AuditAction.PROGRAMME_ACTIVITY_UPDATED)
    @PUT
    @Path("activities/{activityId}")
    @Operation(summary = "Изменить мероприятие плана или отметить, как оно выполняется",
            description = "Ход выполнения (выполняется, выполнено с датой и результатом) причины не требует; "
                    + "изменение самого плана после согласования программы — с причиной, в историю.")
    public ActivityView updateActivity(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId, @PathParam("activityId") UUID activityId,
            @Valid @NotNull(message = "Передайте данные мероприятия") ActivityInput input) {
        return service.updateActivity(schoolId, mentorshipId, activityId, input);
    }

    @Audited(AuditAction.PROGRAMME_ACTIVITY_DELETED)
    @DELETE
    @Path("activities/{activityId}")
    @Operation(summary = "Удалить мероприятие из плана",
            description = "Мероприятие, над которым уже работали на встречах, удалить нельзя — его отменяют.")
    public void deleteActivity(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("activityId") UUID activityId,
            @Parameter(description = "Версия мероприятия, которую видел пользователь", required = true)
            @QueryParam("version") Integer version,
            @Parameter(description = "Причина: обязательна, когда программа уже согласована")
            @QueryParam("reason") String reason) {
        service.deleteActivity(schoolId, mentorshipId, activityId, version, reason);
    }

    @Audited(AuditAction.PROGRAMME_DOWNLOADED)
    @GET
    @Path("docx")
    @Produces(Document.DOCX)
    @Operation(summary = "Программа в формате Word для подписей")
    @APIResponse(responseCode = "200", description = "Документ Word",
            content = @Content(mediaType = Document.DOCX, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response docx(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId) {
        return Downloads.attachment(service.docx(schoolId, mentorshipId), "programme");
    }

    @Audited(AuditAction.PROGRAMME_DOWNLOADED)
    @GET
    @Path("pdf")
    @Produces(Document.PDF)
    @Operation(summary = "Программа в формате PDF")
    @APIResponse(responseCode = "200", description = "Документ PDF",
            content = @Content(mediaType = Document.PDF, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response pdf(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId) {
        return Downloads.attachment(service.pdf(schoolId, mentorshipId), "programme");
    }
}
