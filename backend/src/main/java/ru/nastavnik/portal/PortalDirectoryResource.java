package ru.nastavnik.portal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

@Path(PortalService.API)
@Tag(name = "Портал")
@RolesAllowed(Role.PORTAL)
@Produces(MediaType.APPLICATION_JSON)
public class PortalDirectoryResource {

    @Inject
    PortalService service;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @GET
    @Path("municipalities")
    @Operation(summary = "Муниципалитеты региона, по id")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Страница списка", content = @Content(
            schema = @Schema(implementation = PortalDirectory.MunicipalityPage.class),
            examples = @ExampleObject(name = "page", value = PortalExamples.MUNICIPALITIES)))
    public Response municipalities(@BeanParam PortalPaging paging) {
        Dated<PortalDirectory.MunicipalityPage> d = service.municipalities(paging);
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("schools")
    @Operation(summary = "Организации региона или муниципалитета, по id",
            description = "Организации, вышедшие из программы, остаются в списке с archived: true.")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Страница списка", content = @Content(
            schema = @Schema(implementation = PortalDirectory.SchoolPage.class),
            examples = @ExampleObject(name = "page", value = PortalExamples.SCHOOLS)))
    public Response schools(@QueryParam("municipalityId") UUID municipalityId, @BeanParam PortalPaging paging) {
        Dated<PortalDirectory.SchoolPage> d = service.schools(municipalityId, paging);
        return conditional.json(headers, d.body(), d.lastModified());
    }
}
