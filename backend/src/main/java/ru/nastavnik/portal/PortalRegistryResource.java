package ru.nastavnik.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** The region's published mentor registry: the municipal registries with the regional one marked. */
@Path(PortalService.API + "/registry")
@Tag(name = "Портал")
@RolesAllowed(Role.PORTAL)
@Produces(MediaType.APPLICATION_JSON)
public class PortalRegistryResource {

    @Inject
    PortalService service;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Опубликованный реестр наставников региона, по дате включения в муниципальный реестр",
            description = "Наставники, включённые в муниципальные реестры (level REGIONAL — также в региональный), с "
                    + "действующим согласием на публикацию; ФИО — только если согласие разрешает имя.")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Страница реестра", content = @Content(
            schema = @Schema(implementation = PortalRegistry.Page.class),
            examples = @ExampleObject(name = "page", value = PortalExamples.REGISTRY)))
    public Response list(@BeanParam PortalPaging paging) {
        Dated<PortalRegistry.Page> d = service.registry(paging);
        return conditional.json(headers, d.body(), d.lastModified());
    }
}
