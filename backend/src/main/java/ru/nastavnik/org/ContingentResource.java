package ru.nastavnik.org;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.common.Role;

@Path("/api/schools/{schoolId}/contingents")
@Tag(name = "Контингент")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class ContingentResource {

    @Inject
    ContingentService service;

    @GET
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Контингент организации по учебным годам, новые сначала")
    public List<ContingentView> list(@PathParam("schoolId") UUID schoolId) {
        return service.list(schoolId);
    }

    @PUT
    @Path("{startYear}")
    @Operation(summary = "Записать контингент за учебный год (создаёт или изменяет)")
    public RestResponse<ContingentView> put(@PathParam("schoolId") UUID schoolId,
            @PathParam("startYear") int startYear,
            @Valid @NotNull(message = "Передайте данные контингента") ContingentInput input) {
        ContingentService.Saved saved = service.put(schoolId, startYear, input);
        return RestResponse.status(saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                saved.contingent());
    }

    @DELETE
    @Path("{startYear}")
    @ResponseStatus(204)
    @Operation(summary = "Удалить контингент за учебный год")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("startYear") int startYear) {
        service.delete(schoolId, startYear);
    }
}
