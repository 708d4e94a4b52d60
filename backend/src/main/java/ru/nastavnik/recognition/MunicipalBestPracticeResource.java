package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * The municipal coordinator's review of the practices its schools submit, and the municipal bank of accepted ones.
 * The coordinator reads them only as published: no participant's id or personal data, only consented names.
 */
@Path("/api/municipalities/{municipalityId}/best-practices")
@Tag(name = "Лучшие практики")
@RolesAllowed(Role.MUNICIPAL)
public class MunicipalBestPracticeResource {

    @Inject
    PublishedPracticeService service;

    @GET
    @Operation(summary = "Практики организаций муниципалитета: на рассмотрении, принятые, рекомендованные региону",
            description = "Поиск q — по названию практики и организации. Сортировка: submittedAt, acceptedAt,"
                    + " recommendedAt, title, school, status.")
    public PublishedPracticePage list(@PathParam("municipalityId") UUID municipalityId,
            @Parameter(description = "SUBMITTED, ACCEPTED или RECOMMENDED") @QueryParam("status") BestPracticeStatus status,
            @QueryParam("schoolId") UUID schoolId, @QueryParam("form") MentoringForm form, @QueryParam("q") String q,
            @BeanParam PageQuery paging) {
        return service.list(place(municipalityId), new PublishedPracticeService.Filter(status, schoolId, null, form, q),
                paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Практика в опубликованном виде с решениями, доступными координатору сейчас")
    public PublishedPracticeView get(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id) {
        return service.get(place(municipalityId), id);
    }

    @Audited(AuditAction.BEST_PRACTICE_ATTACHMENT_DOWNLOADED)
    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Скачать опубликованный материал практики")
    @APIResponse(responseCode = "200", description = "Файл", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return SchoolBestPracticeResource.download(service.content(place(municipalityId), id, attachmentId));
    }

    @Audited(AuditAction.BEST_PRACTICE_ACCEPTED)
    @POST
    @Path("{id}/accept")
    @Operation(summary = "Принять практику в муниципальный банк лучших практик")
    public PublishedPracticeView accept(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию практики") ReviewInput input) {
        return service.review(municipalityId, id, BestPracticeStatus.ACCEPTED, input);
    }

    @Audited(AuditAction.BEST_PRACTICE_RETURNED)
    @POST
    @Path("{id}/return")
    @Operation(summary = "Вернуть практику организации на доработку с комментарием, что исправить")
    public PublishedPracticeView returnToSchool(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("id") UUID id, @Valid @NotNull(message = "Напишите, что исправить") ReviewInput input) {
        return service.review(municipalityId, id, BestPracticeStatus.RETURNED, input);
    }

    @Audited(AuditAction.BEST_PRACTICE_RECOMMENDED)
    @POST
    @Path("{id}/recommend")
    @Operation(summary = "Рекомендовать принятую практику региону")
    public PublishedPracticeView recommend(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию практики") ReviewInput input) {
        return service.review(municipalityId, id, BestPracticeStatus.RECOMMENDED, input);
    }

    private static PublishedPracticeService.Place place(UUID municipalityId) {
        return new PublishedPracticeService.Place(PublishedPracticeService.Level.MUNICIPALITY, municipalityId);
    }
}
