package ru.nastavnik.org;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/schools")
@Tag(name = "Организации")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class SchoolResource {

    @Inject
    SchoolService service;

    @GET
    @Operation(summary = "Организации в пределах доступа",
            description = "Сортировка: shortName, fullName, kind, municipalityName, inn, createdAt.")
    public SchoolPage list(@QueryParam("q") String q, @QueryParam("municipalityId") UUID municipalityId,
            @QueryParam("kind") SchoolKind kind,
            @QueryParam("status") @DefaultValue("active") SchoolService.Status status,
            @BeanParam PageQuery paging) {
        return service.list(q, municipalityId, kind, status, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Организация")
    public SchoolView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить организацию")
    public RestResponse<SchoolView> create(@Valid @NotNull(message = "Передайте данные организации") SchoolInput input,
            @Context UriInfo uri) {
        SchoolView school = service.create(input);
        return Created.in(uri, school.id(), school);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Изменить организацию")
    public SchoolView update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные организации") SchoolInput input) {
        return service.update(id, input);
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Перевести организацию в архив")
    public SchoolView archive(@PathParam("id") UUID id) {
        return service.setArchived(id, true);
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Operation(summary = "Вернуть организацию из архива")
    public SchoolView restore(@PathParam("id") UUID id) {
        return service.setArchived(id, false);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @ResponseStatus(204)
    @Operation(summary = "Удалить организацию без данных (организацию с данными — только в архив)")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
