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

    @Audited(AuditAction.MATCH_EXCLUSION_ADDED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Исключить пару из следующих подборов")
    public RestResponse<MatchExclusionView> add(@PathParam("schoolId") UUID scopeId,
            @Valid @NotNull(message = "Выберите пару") MatchExclusionInput input, @Context UriInfo uri) {
        MatchExclusionView exclusion = service.add(MatchScope.school(scopeId), input);
        return Created.in(uri, exclusion.id(), exclusion);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Исключённая пара")
    public MatchExclusionView get(@PathParam("schoolId") UUID scopeId, @PathParam("id") UUID id) {
        return service.get(MatchScope.school(scopeId), id);
    }

    @Audited(AuditAction.MATCH_EXCLUSION_REMOVED)
    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Снова разрешить подбору предлагать пару")
    public void delete(@PathParam("schoolId") UUID scopeId, @PathParam("id") UUID id) {
        service.delete(MatchScope.school(scopeId), id);
    }
}
