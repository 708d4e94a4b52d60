package ru.nastavnik.org;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/regions")
@Tag(name = "Регионы")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class RegionResource {

    @Inject
    RegionService service;

    @GET
    @Operation(summary = "Регионы, доступные пользователю")
    public List<RegionView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Регион")
    public RegionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.REGIONAL)
    @Operation(summary = "Изменить регион")
    public RegionView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные региона") RegionInput input) {
        return service.update(id, input);
    }
}
