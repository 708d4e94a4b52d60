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

/** Pairs the municipal coordinator does not want a municipal run to propose. */
@Path("/api/municipalities/{municipalityId}/match-exclusions")
@Tag(name = "Подбор пар")
@RolesAllowed(Role.MUNICIPAL)
public class MunicipalMatchExclusionResource {

    @Inject
    MatchExclusionService service;

    @GET
    @Operation(summary = "Пары, которые подбор не предлагает", description = "Сортировка: createdAt.")
    public MatchExclusionPage list(@PathParam("municipalityId") UUID scopeId,
            @Parameter(description = "Только пары, где участник — наставник или наставляемый")
            @QueryParam("participantId") UUID participantId, @BeanParam PageQuery paging) {
        return service.list(MatchScope.municipality(scopeId), participantId, paging);
    }

    @Audited(AuditAction.MATCH_EXCLUSION_ADDED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Исключить пару из следующих подборов")
    public RestResponse<MatchExclusionView> add(@PathParam("municipalityId") UUID scopeId,
            @Valid @NotNull(message = "Выберите пару") MatchExclusionInput input, @Context UriInfo uri) {
        MatchExclusionView exclusion = service.add(MatchScope.municipality(scopeId), input);
        return Created.in(uri, exclusion.id(), exclusion);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Исключённая пара")
    public MatchExclusionView get(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id) {
        return service.get(MatchScope.municipality(scopeId), id);
    }

    @Audited(AuditAction.MATCH_EXCLUSION_REMOVED)
    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Снова разрешить подбору предлагать пару")
    public void delete(@PathParam("municipalityId") UUID scopeId, @PathParam("id") UUID id) {
        service.delete(MatchScope.municipality(scopeId), id);
    }
}
