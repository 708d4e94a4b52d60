package ru.nastavnik.monitoring;

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
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.common.Role;

@Path("/api/regions/{regionId}/targets")
@Tag(name = "Мониторинг")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class TargetResource {

    @Inject
    TargetService service;

    @GET
    @Operation(summary = "Целевые значения показателей региона",
            description = "Муниципалитет и организация видят значения для всего региона и для своего муниципалитета.")
    public List<TargetView> list(@PathParam("regionId") UUID regionId,
            @Parameter(description = "Учебный год по году начала; без него — все годы") @QueryParam("year")
            Integer year) {
        return service.list(regionId, year);
    }

    @PUT
    @RolesAllowed(Role.REGIONAL)
    @Operation(summary = "Установить целевое значение показателя на учебный год (создаёт или изменяет)",
            description = "Значение одно на показатель, учебный год и муниципалитет (или весь регион). Изменение"
                    + " передаёт версию, на которой основано.")
    public RestResponse<TargetView> put(@PathParam("regionId") UUID regionId,
            @Valid @NotNull(message = "Передайте целевое значение") TargetInput input) {
        TargetService.Saved saved = service.put(regionId, input);
        return RestResponse.status(saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                saved.target());
    }
}
