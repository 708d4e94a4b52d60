package ru.nastavnik.recognition;

import java.time.LocalDate;
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
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/** A reward names a participant, so like participants it stays with the school's own users. */
@Path("/api/schools/{schoolId}/rewards")
@Tag(name = "Награды")
@RolesAllowed(Role.SCHOOL)
public class RewardResource {

    @Inject
    RewardService service;

    @GET
    @Operation(summary = "Награды наставников и наставляемых организации",
            description = "Поиск q — по ФИО награждённого, формулировке и тому, кем награждён. Период from–to — по"
                    + " дате награждения, включительно. Сортировка: awardedOn, kind, participant, createdAt.")
    public RewardPage list(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @Parameter(description = "Только награды этого участника") @QueryParam("participantId") UUID participantId,
            @Parameter(description = "Только награды за работу в этой паре") @QueryParam("mentorshipId") UUID mentorshipId,
            @QueryParam("kind") RewardKind kind,
            @Parameter(description = "Награждённые не раньше этой даты") @QueryParam("from") LocalDate from,
            @Parameter(description = "Награждённые не позже этой даты") @QueryParam("to") LocalDate to,
            @BeanParam PageQuery paging) {
        return service.list(schoolId, new RewardService.Filter(q, participantId, mentorshipId, kind, from, to),
                paging);
    }

    @Audited(AuditAction.REWARD_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Записать награду участника")
    public RestResponse<RewardView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные награды") RewardInput input, @Context UriInfo uri) {
        RewardView reward = service.create(schoolId, input);
        return Created.in(uri, reward.id(), reward);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Награда")
    public RewardView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.REWARD_UPDATED)
    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить награду", description = "С версией, которую видел пользователь.")
    public RewardView update(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные награды") RewardInput input) {
        return service.update(schoolId, id, input);
    }

    @Audited(AuditAction.REWARD_DELETED)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Удалить награду, записанную по ошибке")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        service.delete(schoolId, id);
    }
}
