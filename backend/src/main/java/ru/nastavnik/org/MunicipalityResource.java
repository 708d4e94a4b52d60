package ru.nastavnik.org;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

@Path("/api/municipalities")
@Tag(name = "Муниципалитеты")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class MunicipalityResource {

    @Inject
    MunicipalityService service;

    @GET
    @Operation(summary = "Муниципалитеты в пределах доступа; сортировка по name или oktmo")
    public MunicipalityPage list(@QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.list(q, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Муниципалитет")
    public MunicipalityView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Role.REGIONAL)
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить муниципалитет в регион пользователя")
    public RestResponse<MunicipalityView> create(
            @Valid @NotNull(message = "Передайте данные муниципалитета") MunicipalityInput input, @Context UriInfo uri) {
        MunicipalityView municipality = service.create(input);
        return Created.in(uri, municipality.id(), municipality);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.REGIONAL)
    @Operation(summary = "Изменить муниципалитет")
    public MunicipalityView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные муниципалитета") MunicipalityInput input) {
        return service.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.REGIONAL)
    @ResponseStatus(204)
    @Operation(summary = "Удалить муниципалитет без организаций")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
