package ru.nastavnik.participant;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/**
 * Participants hold personal data, minors' above all, so only the school's own users reach them; municipal and
 * regional users work with aggregates.
 */
@Path("/api/schools/{schoolId}/participants")
@Tag(name = "Участники")
@RolesAllowed(Role.SCHOOL)
public class ParticipantResource {

    @Inject
    ParticipantService service;

    @GET
    @Operation(summary = "Участники организации", description = "Сортировка: fullName, kind, createdAt.")
    public ParticipantPage list(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("kind") ParticipantKind kind, @QueryParam("role") ParticipantService.RoleFilter role,
            @QueryParam("consent") ParticipantService.ConsentFilter consent,
            @Parameter(description = "true — в утверждённой или действующей паре (группе), false — нет")
            @QueryParam("matched") Boolean matched, @BeanParam PageQuery paging) {
        return service.list(schoolId, q, kind, role, consent, matched, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Участник")
    public ParticipantView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.PARTICIPANT_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить участника (персональные данные — только вместе с согласием)")
    public RestResponse<ParticipantView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные участника") ParticipantInput input, @Context UriInfo uri) {
        ParticipantView participant = service.create(schoolId, input);
        return Created.in(uri, participant.id(), participant);
    }

    @Audited(AuditAction.PARTICIPANT_UPDATED)
    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить участника")
    public ParticipantView update(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные участника") ParticipantInput input) {
        return service.update(schoolId, id, input);
    }

    @Audited(AuditAction.PARTICIPANT_DELETED)
    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Удалить участника, у которого не было согласий (например, внесённого по ошибке)")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        service.delete(schoolId, id);
    }

    @GET
    @Path("{id}/consents")
    @Operation(summary = "История согласий участника")
    public List<ConsentView> consents(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.consents(schoolId, id);
    }

    @Audited(AuditAction.CONSENT_GIVEN)
    @POST
    @Path("{id}/consents")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Оформить согласие на обработку персональных данных")
    public RestResponse<ConsentView> addConsent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные согласия") ConsentInput input, @Context UriInfo uri) {
        ConsentView consent = service.addConsent(schoolId, id, input);
        return Created.in(uri, consent.id(), consent);
    }

    @GET
    @Path("{id}/consents/{consentId}")
    @Operation(summary = "Согласие участника")
    public ConsentView consent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("consentId") UUID consentId) {
        return service.consent(schoolId, id, consentId);
    }

    @Audited(AuditAction.CONSENT_WITHDRAWN)
    @POST
    @Path("{id}/consents/withdraw")
    @Operation(summary = "Отозвать согласие: обработка прекращается, персональные данные удаляются")
    public ParticipantView withdraw(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте дату отзыва") WithdrawalInput input) {
        return service.withdraw(schoolId, id, input);
    }
}
