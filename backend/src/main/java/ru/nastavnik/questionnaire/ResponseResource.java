package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/** Answers are personal data: only the participant's school reaches them. */
@Path("/api/schools/{schoolId}")
@Tag(name = "Анкеты")
@RolesAllowed(Role.SCHOOL)
public class ResponseResource {

    @Inject
    ResponseService service;

    @Inject
    FillLinkService links;

    @GET
    @Path("participants/{participantId}/responses")
    @Operation(summary = "Заполненные анкеты участника, новые сначала")
    public List<ResponseView> list(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId) {
        return service.list(schoolId, participantId);
    }

    @Audited(AuditAction.RESPONSE_RECORDED)
    @POST
    @Path("participants/{participantId}/responses")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Внести бумажную анкету за участника")
    public RestResponse<ResponseView> submit(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "Передайте ответы") ResponseInput input, @Context UriInfo uri) {
        ResponseView response = service.submitOnBehalf(schoolId, participantId, input);
        return Created.in(uri, response.id(), response);
    }

    @GET
    @Path("participants/{participantId}/responses/{responseId}")
    @Operation(summary = "Заполненная анкета участника")
    public ResponseView get(@PathParam("schoolId") UUID schoolId, @PathParam("participantId") UUID participantId,
            @PathParam("responseId") UUID responseId) {
        return service.get(schoolId, participantId, responseId);
    }

    @GET
    @Path("participants/{participantId}/fill-links")
    @Operation(summary = "Ссылки для заполнения анкет, отправленные участнику")
    public List<FillLinkView> links(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId) {
        return links.list(schoolId, participantId);
    }

    @Audited(AuditAction.FILL_LINK_ISSUED)
    @POST
    @Path("participants/{participantId}/fill-links")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Создать личную ссылку для заполнения анкеты",
            description = "Адрес и секрет ссылки возвращаются только в этом ответе. Новая ссылка на ту же анкету "
                    + "отменяет прежнюю.")
    public RestResponse<FillLinkView> createLink(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "Выберите анкету") FillLinkInput input, @Context UriInfo uri) {
        FillLinkView link = links.create(schoolId, participantId, input);
        return Created.in(uri, link.id(), link);
    }

    @GET
    @Path("participants/{participantId}/fill-links/{linkId}")
    @Operation(summary = "Ссылка для заполнения анкеты (без адреса: он показывается только при создании)")
    public FillLinkView link(@PathParam("schoolId") UUID schoolId, @PathParam("participantId") UUID participantId,
            @PathParam("linkId") UUID linkId) {
        return links.get(schoolId, participantId, linkId);
    }

    @Audited(AuditAction.FILL_LINK_REVOKED)
    @POST
    @Path("participants/{participantId}/fill-links/{linkId}/revoke")
    @Operation(summary = "Отозвать ссылку")
    public FillLinkView revokeLink(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId, @PathParam("linkId") UUID linkId) {
        return links.revoke(schoolId, participantId, linkId);
    }

    @GET
    @Path("questionnaires/{templateId}/responses")
    @Operation(summary = "Действующие ответы организации на версию анкеты",
            description = "Сортировка: submittedAt, participantName.")
    public ResponsePage responses(@PathParam("schoolId") UUID schoolId, @PathParam("templateId") UUID templateId,
            @BeanParam PageQuery paging) {
        return service.responses(schoolId, templateId, paging);
    }

    @GET
    @Path("questionnaires/{templateId}/summary")
    @Operation(summary = "Сводка ответов организации на версию анкеты")
    public TemplateSummary summary(@PathParam("schoolId") UUID schoolId, @PathParam("templateId") UUID templateId) {
        return service.summary(schoolId, templateId);
    }
}
