package ru.nastavnik.matching;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;

/** Pairs a school's curator does not want proposed, whatever their score. */
@Path("/api/schools/{schoolId}/match-exclusions")
@Tag(name = "Подбор пар")
@RolesAllowed(Role.SCHOOL)
public class SchoolMatchExclusionResource {

    @Inject
    MatchExclusionService service;

    @GET
    @Operation(summary = "Пары, которые подбор не предлагает", description = "Сортировка: createdAt.")
    public MatchExclusionPage list(@PathParam("schoolId") UUID scopeId,
            @Parameter(description = "Только пары, где участник — наставник или наставляемый")
            @QueryParam("participantId") UUID participantId, @BeanParam PageQuery paging) {
        return service.list(MatchScope.school(scopeId), participantId, paging);
    }

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Исключить пару из следующих подборов")
    public MatchExclusionView add(@PathParam("schoolId") UUID scopeId,
            @Valid @NotNull(message = "Выберите пару") MatchExclusionInput input) {
        return service.add(MatchScope.school(scopeId), input);
    }

    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Снова разрешить подбору предлагать пару")
    public void delete(@PathParam("schoolId") UUID scopeId, @PathParam("id") UUID id) {
        service.delete(MatchScope.school(scopeId), id);
    }
}
