package ru.nastavnik.portal;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Downloads;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.recognition.AttachmentDownload;

/** The region's published best practices: accepted into a municipal bank or recommended to the region. */
@Path(PortalService.API + "/best-practices")
@Tag(name = "Портал")
@RolesAllowed(Role.PORTAL)
@Produces(MediaType.APPLICATION_JSON)
public class PortalPracticeResource {

    @Inject
    PortalService service;

    @Inject
    Conditional conditional;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Опубликованные лучшие практики региона, по дате принятия в муниципальный банк")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Страница списка", content = @Content(
            schema = @Schema(implementation = PortalPractice.Page.class),
            examples = @ExampleObject(name = "page", value = PortalExamples.PRACTICES)))
    public Response list(@BeanParam PortalPaging paging) {
        Dated<PortalPractice.Page> d = service.practices(paging);
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("{practiceId}")
    @Operation(summary = "Опубликованная лучшая практика",
            description = "Названы только участники, чьё согласие на публикацию разрешает имя; материалы — только те,"
                    + " на которых нет людей без согласия на фото. Никаких идентификаторов, дат рождения и контактов"
                    + " участников.")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Практика", content = @Content(
            schema = @Schema(implementation = PortalPractice.View.class),
            examples = @ExampleObject(name = "practice", value = PortalExamples.PRACTICE)))
    public Response get(@PathParam("practiceId") UUID practiceId) {
        Dated<PortalPractice.View> d = service.practice(practiceId);
        return conditional.json(headers, d.body(), d.lastModified());
    }

    @GET
    @Path("{practiceId}/materials/{materialId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Скачать опубликованный материал практики")
    @Extension(name = ProblemResponsesFilter.CONDITIONAL, value = "true")
    @APIResponse(responseCode = "200", description = "Файл", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response material(@PathParam("practiceId") UUID practiceId, @PathParam("materialId") UUID materialId) {
        AttachmentDownload file = service.material(practiceId, materialId);
        Response answer = conditional.bytes(headers, file.content(), MediaType.valueOf(file.mediaType()), null);
        return Response.fromResponse(answer).header("Content-Disposition", Downloads.disposition(file.fileName()))
                .build();
    }
}
