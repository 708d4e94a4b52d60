package ru.nastavnik.org;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

/** Curators are people: the portal role, which sees only non-personal data, has no access here. */
@Path("/api/schools/{schoolId}/curators")
@Tag(name = "Кураторы")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class CuratorResource {

    @Inject
    CuratorService service;

    @GET
    @Operation(summary = "Кураторы организации")
    public List<CuratorView> list(@PathParam("schoolId") UUID schoolId) {
        return service.list(schoolId);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Куратор")
    public CuratorView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.CURATOR_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить куратора")
    public RestResponse<CuratorView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные куратора") CuratorInput input, @Context UriInfo uri) {
        CuratorView curator = service.create(schoolId, input);
        return Created.in(uri, curator.id(), curator);
    }

    @Audited(AuditAction.CURATOR_UPDATED)
    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить куратора")
    public CuratorView update(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные куратора") CuratorInput input) {
        return service.update(schoolId, id, input);
    }

    @Audited(AuditAction.CURATOR_DELETED)
    @DELETE
    @Path("{id}")
    @ResponseStatus(204)
    @Operation(summary = "Удалить куратора")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        service.delete(schoolId, id);
    }
}
