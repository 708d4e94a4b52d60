package ru.nastavnik.recognition;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.Downloads;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Problem;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.WithdrawalInput;

/** A school's own best practices with the participants' consents and the materials: the school's users only. */
@Path("/api/schools/{schoolId}/best-practices")
@Tag(name = "Лучшие практики")
@RolesAllowed(Role.SCHOOL)
public class SchoolBestPracticeResource {

    private static final String FILE = "Содержимое файла как есть (не форма): PDF, JPEG, PNG или DOCX. Тип "
            + "определяется по содержимому, не по имени и не по Content-Type.";

    @Inject
    BestPracticeService service;

    @Inject
    PublishedPracticeService published;

    @Inject
    AttachmentLimits limits;

    @GET
    @Operation(summary = "Лучшие практики организации", description = "Поиск q — по названию. Сортировка: title,"
            + " status, submittedAt, updatedAt, createdAt.")
    public BestPracticePage list(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("status") BestPracticeStatus status, @BeanParam PageQuery paging) {
        return service.list(schoolId, q, status, paging);
    }

    @Audited(AuditAction.BEST_PRACTICE_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Предложить завершённую пару или группу как лучшую практику (черновик)")
    public RestResponse<BestPracticeView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные практики") BestPracticeProposal input, @Context UriInfo uri) {
        BestPracticeView practice = service.create(schoolId, input);
        return Created.in(uri, practice.id(), practice);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Лучшая практика с участниками пары, их согласиями на публикацию и материалами")
    public BestPracticeView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.BEST_PRACTICE_UPDATED)
    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить черновик или возвращённую практику")
    public BestPracticeView update(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные практики") BestPracticeInput input) {
        return service.update(schoolId, id, input);
    }

    @Audited(AuditAction.BEST_PRACTICE_DELETED)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Удалить черновик практики")
    public void delete(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        service.delete(schoolId, id);
    }

    @GET
    @Path("{id}/published")
    @Operation(summary = "Как практику увидят муниципалитет и регион: только названные с согласия и разрешённые "
            + "материалы")
    public PublishedPracticeView published(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return published.get(new PublishedPracticeService.Place(PublishedPracticeService.Level.SCHOOL, schoolId), id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "История рассмотрения: отправки, возвраты с комментариями, решения муниципалитета")
    public List<PracticeEventView> history(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.history(schoolId, id);
    }

    @Audited(AuditAction.PUBLICATION_CONSENT_GIVEN)
    @PUT
    @Path("{id}/consents/{participantId}")
    @Operation(summary = "Записать согласие участника на публикацию",
            description = "За несовершеннолетнего согласие даёт родитель или законный представитель. Пока практика "
                    + "черновик или возвращена, новое согласие заменяет прежнее.")
    public BestPracticeView recordConsent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "Передайте согласие") PublicationConsentInput input) {
        return service.recordConsent(schoolId, id, participantId, input);
    }

    @Audited(AuditAction.PUBLICATION_CONSENT_WITHDRAWN)
    @POST
    @Path("{id}/consents/{participantId}/withdraw")
    @Operation(summary = "Отозвать согласие участника на публикацию: с этой минуты практика его не называет")
    public BestPracticeView withdrawConsent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "Укажите дату отзыва") WithdrawalInput input) {
        return service.withdrawConsent(schoolId, id, participantId, input);
    }

    @Audited(AuditAction.BEST_PRACTICE_ATTACHMENT_ADDED)
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Прикрепить материал: PDF, JPEG, PNG или DOCX",
            description = "Тело запроса — содержимое файла. Размер одного файла и всех материалов практики вместе "
                    + "ограничен (limits в практике). Материал, где виден или назван участник (people), публикуется, "
                    + "только пока его согласие разрешает имя и фото.",
            // On the operation itself: beside @RequestBody and @APIResponse a method-level mark is copied to them.
            extensions = @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION))
    @RequestBody(description = FILE, content = {
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Материал прикреплён", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BestPracticeView.Attachment.class)))
    @APIResponse(responseCode = "413", description = "Файл или все материалы вместе больше допустимого",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Файл не PDF, JPEG, PNG или DOCX (по содержимому)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<BestPracticeView.Attachment> addAttachment(@PathParam("schoolId") UUID schoolId,
            @PathParam("id") UUID id, InputStream body,
            @Parameter(description = "Имя файла; расширение приводится к типу содержимого") @QueryParam("fileName") String fileName,
            @Parameter(description = "Подпись, под которой материал публикуется; без неё — «Приложение N»")
            @QueryParam("caption") String caption,
            @Parameter(description = "Участники пары, которые видны или названы в материале")
            @QueryParam("people") List<UUID> people,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam("Content-Length") @Parameter(hidden = true) Long contentLength, @Context UriInfo uri) {
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            throw new ApiException(415, "unsupported-media-type", "Передайте файл телом запроса",
                    "Файл отправляется как есть, а не формой: curl --data-binary @файл.pdf.", null);
        }
        if (contentLength != null && contentLength > limits.maxFileSize()) {
            throw AttachmentUpload.tooLarge(limits.maxFileSize());
        }
        byte[] content = AttachmentUpload.read(body, limits.maxFileSize());
        BestPracticeView.Attachment attachment = service.addAttachment(schoolId, id,
                new BestPracticeService.NewAttachment(fileName, caption, people, content));
        return Created.in(uri, attachment.id(), attachment);
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Материал практики: имя, тип, размер, кто на нём")
    public BestPracticeView.Attachment attachment(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return service.attachment(schoolId, id, attachmentId);
    }

    @Audited(AuditAction.BEST_PRACTICE_ATTACHMENT_DOWNLOADED)
    @GET
    @Path("{id}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Скачать материал")
    @APIResponse(responseCode = "200", description = "Файл", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return download(service.content(schoolId, id, attachmentId));
    }

    @Audited(AuditAction.BEST_PRACTICE_ATTACHMENT_DELETED)
    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(summary = "Удалить материал черновика или возвращённой практики")
    public void deleteAttachment(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        service.deleteAttachment(schoolId, id, attachmentId);
    }

    @Audited(AuditAction.BEST_PRACTICE_SUBMITTED)
    @POST
    @Path("{id}/submit")
    @Operation(summary = "Отправить практику на рассмотрение в муниципалитет",
            description = "Нужны описание, результаты и действующее согласие на публикацию каждого участника пары; "
                    + "иначе 400 с именем каждого, чьего согласия нет.")
    public BestPracticeView submit(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию практики") SubmitInput input) {
        return service.submit(schoolId, id, input);
    }

    static Response download(AttachmentDownload file) {
        return Downloads.file(Response.ok(file.content(), file.mediaType()), file.fileName());
    }
}
