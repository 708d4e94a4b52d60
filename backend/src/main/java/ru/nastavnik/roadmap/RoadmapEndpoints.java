package ru.nastavnik.roadmap;

import java.io.InputStream;
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
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.Downloads;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Problem;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.table.ExportFormat;
import ru.nastavnik.imports.ImportJobView;
import ru.nastavnik.imports.ImportResource;
import ru.nastavnik.imports.ImportUploads;
import ru.nastavnik.recognition.AttachmentDownload;
import ru.nastavnik.recognition.AttachmentUpload;

/**
 * The endpoints of roadmaps, the same at each level: a school's, a municipality's and the region's resources differ
 * only in their path and level. Who may read or write at which level is the service's rule (403 otherwise): the
 * owner writes, the level above reads.
 */
public abstract class RoadmapEndpoints {

    private static final String EVIDENCE = "Содержимое файла как есть: PDF, JPEG, PNG или DOCX (тип определяется по"
            + " содержимому); размер ограничен настройкой nastavnik.roadmaps.max-evidence-size, по умолчанию 10 МБ.";
    private static final String TABLE = "Содержимое файла как есть: .xlsx, .xls, .ods или .csv, как в загрузках."
            + " Первая строка — заголовки: Этап, Мероприятие, Содержание, Срок, Ответственные, Результат, Документ и,"
            + " по желанию, Состояние. Этап — номер от 1 до 7 или название; срок — словами, как в дорожных картах"
            + " («до 01.10.2026», «сентябрь», «сентябрь – октябрь», «в течение года», «по мере необходимости»,"
            + " «ежемесячно»); месяц без года — в учебном году дорожной карты.";

    @Inject
    RoadmapService service;

    @Inject
    ImportUploads uploads;

    @Inject
    RoadmapLimits limits;

    abstract RoadmapLevel level();

    @GET
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Дорожные карты по учебным годам, с ходом выполнения",
            description = "Сортировка: startYear (по умолчанию новые сначала), title, updatedAt.")
    public RoadmapPage list(@PathParam("id") UUID ownerId,
            @Parameter(description = "Учебный год по году начала") @QueryParam("year") Integer year,
            @BeanParam PageQuery paging) {
        return service.list(level(), ownerId, year, paging);
    }

    @POST
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Составить пустую дорожную карту на учебный год",
            description = "Одна дорожная карта на учебный год; вторая на тот же год — 409.")
    public RestResponse<RoadmapView> create(@PathParam("id") UUID ownerId,
            @Valid @NotNull(message = "Передайте данные дорожной карты") RoadmapInput input, @Context UriInfo uri) {
        RoadmapView created = service.create(level(), ownerId, input);
        return Created.in(uri, created.id(), created);
    }

    @POST
    @Path("from-template")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Составить дорожную карту по шаблону своего уровня",
            description = "Мероприятия шаблона (GET /api/roadmap-templates/{level}) со сроками в этом учебном году.")
    public RestResponse<RoadmapView> fromTemplate(@PathParam("id") UUID ownerId,
            @Valid @NotNull(message = "Передайте данные дорожной карты") RoadmapInput input, @Context UriInfo uri) {
        RoadmapView created = service.fromTemplate(level(), ownerId, input);
        return Created.at(uri.getAbsolutePath().resolve(created.id().toString()), created);
    }

    @GET
    @Path("progress")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Ход выполнения дорожных карт учебного года: своей и уровня ниже",
            description = "Муниципалитету — по каждой организации; региону — по каждому муниципалитету с итогами его"
                    + " организаций. Просроченные — на сегодня по Москве. Без года — текущий учебный год.")
    public ProgressView progress(@PathParam("id") UUID ownerId,
            @Parameter(description = "Учебный год по году начала") @QueryParam("year") Integer year) {
        return service.progress(level(), ownerId, year);
    }

    @GET
    @Path("{roadmapId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Дорожная карта")
    public RoadmapView get(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId) {
        return service.get(level(), ownerId, roadmapId);
    }

    @PUT
    @Path("{roadmapId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Изменить название, год или документ об утверждении", description = "С версией.")
    public RoadmapView update(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @Valid @NotNull(message = "Передайте данные дорожной карты") RoadmapInput input) {
        return service.update(level(), ownerId, roadmapId, input);
    }

    @DELETE
    @Path("{roadmapId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Удалить дорожную карту со всеми мероприятиями")
    public void delete(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId) {
        service.delete(level(), ownerId, roadmapId);
    }

    @GET
    @Path("{roadmapId}/items")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Мероприятия дорожной карты",
            description = "По умолчанию по этапам и порядку добавления. Сортировка: stage, position, deadline,"
                    + " status, activity, updatedAt. Поиск q — по мероприятию, содержанию и ответственным.")
    public ItemPage items(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @QueryParam("status") ItemStatus status,
            @Parameter(description = "Этап, от 1 до 7") @QueryParam("stage") Integer stage,
            @Parameter(description = "true — только просроченные, false — только не просроченные")
            @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.items(level(), ownerId, roadmapId, new RoadmapService.ItemFilter(status, stage, overdue, q),
                paging);
    }

    @POST
    @Path("{roadmapId}/items")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Добавить мероприятие")
    public RestResponse<ItemView> createItem(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @Valid @NotNull(message = "Передайте мероприятие") ItemInput input, @Context UriInfo uri) {
        ItemView created = service.createItem(level(), ownerId, roadmapId, input);
        return Created.in(uri, created.id(), created);
    }

    @GET
    @Path("{roadmapId}/items/{itemId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Мероприятие")
    public ItemView item(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId) {
        return service.item(level(), ownerId, roadmapId, itemId);
    }

    @PUT
    @Path("{roadmapId}/items/{itemId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Изменить мероприятие, отметить выполнение", description = "С версией.")
    public ItemView updateItem(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId, @Valid @NotNull(message = "Передайте мероприятие") ItemInput input) {
        return service.updateItem(level(), ownerId, roadmapId, itemId, input);
    }

    @DELETE
    @Path("{roadmapId}/items/{itemId}")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Удалить мероприятие")
    public void deleteItem(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId) {
        service.deleteItem(level(), ownerId, roadmapId, itemId);
    }

    @PUT
    @Path("{roadmapId}/items/{itemId}/evidence")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Приложить файл, подтверждающий выполнение", description = "Заменяет приложенный раньше.")
    @RequestBody(description = EVIDENCE, content = {
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Document.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Файл приложен", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "Файл не PDF, JPEG, PNG или DOCX (по содержимому)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ItemView putEvidence(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId, InputStream body,
            @Parameter(description = "Имя файла; расширение приводится к типу содержимого") @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @HeaderParam("Content-Length") @Parameter(hidden = true) Long contentLength) {
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            throw new ApiException(415, "unsupported-media-type", "Передайте файл телом запроса",
                    "Файл отправляется как есть, а не формой: curl --data-binary @файл.pdf.", null);
        }
        long limit = limits.maxEvidenceSize();
        if (contentLength != null && contentLength > limit) {
            throw AttachmentUpload.tooLarge(limit);
        }
        return service.putEvidence(level(), ownerId, roadmapId, itemId, fileName, AttachmentUpload.read(body, limit));
    }

    @GET
    @Path("{roadmapId}/items/{itemId}/evidence")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Скачать файл-подтверждение")
    @APIResponse(responseCode = "200", description = "Файл", content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response evidence(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId) {
        AttachmentDownload file = service.evidence(level(), ownerId, roadmapId, itemId);
        return Downloads.file(Response.ok(file.content(), file.mediaType()), file.fileName());
    }

    @DELETE
    @Path("{roadmapId}/items/{itemId}/evidence")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Убрать файл-подтверждение")
    public void deleteEvidence(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId,
            @PathParam("itemId") UUID itemId) {
        service.deleteEvidence(level(), ownerId, roadmapId, itemId);
    }

    @POST
    @Path("{roadmapId}/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Загрузить мероприятия из таблицы .xlsx, .xls, .ods или .csv",
            description = "Как другие загрузки: ответ 202 сразу, ход и отчёт по строкам — по адресу из Location"
                    + " (/api/imports/{id}); по умолчанию только проверка (dryRun=true). Строка того же этапа и"
                    + " мероприятия, что уже есть в дорожной карте, обновляет его; остальные добавляются.")
    @RequestBody(description = TABLE, content = {
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Файл принят, задание создано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого размера",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Файл не читается как таблица, нет нужных столбцов или слишком много строк",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response upload(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId, InputStream body,
            @BeanParam ImportResource.UploadParams params) {
        RoadmapView target = service.importTarget(level(), ownerId, roadmapId);
        return uploads.roadmap(body, params, target.id());
    }

    @GET
    @Path("{roadmapId}/xlsx")
    @Produces(ExportFormat.XLSX_TYPE)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Дорожная карта в Excel: таблица мероприятий с отметками о выполнении")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(
            mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId) {
        return RoadmapFiles.xlsx(service.get(level(), ownerId, roadmapId),
                service.allItems(level(), ownerId, roadmapId));
    }

    @GET
    @Path("{roadmapId}/docx")
    @Produces(Document.DOCX)
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Дорожная карта в формате Word, как её утверждают")
    @APIResponse(responseCode = "200", description = "Документ Word", content = @Content(mediaType = Document.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("id") UUID ownerId, @PathParam("roadmapId") UUID roadmapId) {
        return RoadmapFiles.docx(service.get(level(), ownerId, roadmapId),
                service.allItems(level(), ownerId, roadmapId));
    }
}
