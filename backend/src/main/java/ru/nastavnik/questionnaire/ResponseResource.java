package ru.nastavnik.questionnaire;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import ru.nastavnik.common.Role;

/** Answers are personal data: only the participant's school reaches them. */
@Path("/api/schools/{schoolId}")
@Tag(name = "Анкеты")
@RolesAllowed(Role.SCHOOL)
public class ResponseResource {

    @Inject
    ResponseService service;

    @GET
    @Path("participants/{participantId}/responses")
    @Operation(summary = "Заполненные анкеты участника, новые сначала")
    public List<ResponseView> list(@PathParam("schoolId") UUID schoolId,
            @PathParam("participantId") UUID participantId) {
        return service.list(schoolId, participantId);
    }

    @POST
    @Path("participants/{participantId}/responses")
    @ResponseStatus(201)
    @Operation(summary = "Внести бумажную анкету за участника")
    public ResponseView submit(@PathParam("schoolId") UUID schoolId, @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "Передайте ответы") ResponseInput input) {
        return service.submitOnBehalf(schoolId, participantId, input);
    }

    @GET
    @Path("questionnaires/{templateId}/summary")
    @Operation(summary = "Сводка ответов организации на версию анкеты")
    public TemplateSummary summary(@PathParam("schoolId") UUID schoolId, @PathParam("templateId") UUID templateId) {
        return service.summary(schoolId, templateId);
    }
}
