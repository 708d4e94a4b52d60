package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.MentoringForm;

/**
 * The region's bank of best practices: those its municipalities accepted and recommended, as published. The
 * regional portal reads them at /api/portal/v1/best-practices.
 */
@Path("/api/regions/{regionId}/best-practices")
@Tag(name = "Лучшие практики")
@RolesAllowed(Role.REGIONAL)
public class RegionalBestPracticeResource {

    @Inject
    PublishedPracticeService service;

    @GET
    @Operation(summary = "Лучшие практики региона: принятые муниципалитетами и рекомендованные региону",
            description = "Поиск q — по названию практики и организации. Сортировка: recommendedAt, acceptedAt,"
                    + " submittedAt, title, school, status.")
    public PublishedPracticePage list(@PathParam("regionId") UUID regionId,
            @Parameter(description = "ACCEPTED или RECOMMENDED") @QueryParam("status") BestPracticeStatus status,
            @QueryParam("municipalityId") UUID municipalityId, @QueryParam("schoolId") UUID schoolId,
            @QueryParam("form") MentoringForm form, @QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.list(place(regionId), new PublishedPracticeService.Filter(status, schoolId, municipalityId,
                form, q), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Лучшая практика региона в опубликованном виде")
    public PublishedPracticeView get(@PathParam("regionId") UUID regionId, @PathParam("id") UUID id) {
        return service.get(place(regionId), id);
    }

    @Audited(AuditAction.BEST_PRACTICE_ATTACHMENT_DOWNLOADED)
    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Скачать опубликованный материал практики")
    @APIResponse(responseCode = "200", description = "Файл", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("regionId") UUID regionId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return SchoolBestPracticeResource.download(service.content(place(regionId), id, attachmentId));
    }

    private static PublishedPracticeService.Place place(UUID regionId) {
        return new PublishedPracticeService.Place(PublishedPracticeService.Level.REGION, regionId);
    }
}
