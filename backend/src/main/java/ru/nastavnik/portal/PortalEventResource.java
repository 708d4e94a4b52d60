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

/** The region's events with their nominations and winners. */
@Path(PortalService.API + "/events")
@Tag(name = "Портал")
@RolesAllowed(Role.PORTAL)
@Produces(MediaType.APPLICATION_JSON)
public class PortalEventResource {

    @Inject
    PortalService service;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Мероприятия и конкурсы региона, его муниципалитетов и организаций, в порядке их объявления",
            description = "С датами, номинациями, победителями и призёрами. Отменённые не показываются. Наставник"
                    + " назван только с его согласием на публикацию; никаких идентификаторов и контактов людей.")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Страница списка", content = @Content(
            schema = @Schema(implementation = PortalEvent.Page.class),
            examples = @ExampleObject(name = "page", value = PortalExamples.EVENTS)))
    public Response list(@BeanParam PortalPaging paging) {
        Dated<PortalEvent.Page> d = service.events(paging);
        return conditional.json(headers, d.body(), d.lastModified());
    }
}
