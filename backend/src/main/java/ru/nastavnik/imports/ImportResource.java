package ru.nastavnik.imports;

import java.io.InputStream;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Problem;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.ExportFormat;
import ru.nastavnik.common.table.TableExport;

/**
 * Uploads of spreadsheets. The request only receives the file and checks that it reads as a table; the rows are
 * checked and applied by a background job whose progress and report these endpoints show.
 */
@Path("/api/imports")
@Tag(name = "Загрузка из файлов")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class ImportResource {

    private static final String ANY_FILE = "application/octet-stream";
    private static final String XLS = "application/vnd.ms-excel";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String FILE = "Содержимое файла как есть, любой Content-Type: формат определяется по "
            + "содержимому, не по имени. Книга Excel .xlsx (в том числе без таблицы общих строк и стилей, с текстом в "
            + "ячейках — inlineStr) или .xls (Excel 97–2003), таблица OpenDocument .ods, или CSV в UTF-8 (с BOM или "
            + "без) или Windows-1251 с разделителем «;», «,» или табуляцией. Читается первый лист; первая непустая "
            + "строка — заголовки столбцов. Файл с паролем не принимается.";

    @Inject
    ImportService service;

    @Inject
    ImportUploads uploads;

    @Inject
    ImportTemplates templates;

    @POST
    @Path("participants")
    @RolesAllowed(Role.SCHOOL)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Загрузить участников своей организации из .xlsx, .xls, .ods или .csv",
            description = "Тело запроса — содержимое файла. Ответ 202 приходит сразу, с заданием; ход и отчёт — "
                    + "по адресу из заголовка Location. Имя участника — в столбце «ФИО» или, как в выгрузках "
                    + "школьных систем, в трёх: «Фамилия», «Имя», «Отчество» (необязательно); если заполнены оба "
                    + "вида, они должны совпадать. Роли — столбцы «Наставник» и «Наставляемый» (да/нет) или один "
                    + "столбец «Роль в программе» (наставник, наставляемый, оба), не противоречащий им.")
    @RequestBody(description = FILE, content = {
            @Content(mediaType = ANY_FILE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Файл принят, задание создано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого размера",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Файл не читается как таблица, нет нужных столбцов или слишком много строк",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response participants(InputStream body, @BeanParam UploadParams params) {
        return upload(ImportKind.PARTICIPANTS, body, params, null);
    }

    @POST
    @Path("schools")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Загрузить организации и их контингент из .xlsx, .xls, .ods или .csv",
            description = "Организации узнаются по ИНН; муниципальный координатор загружает только организации своего "
                    + "муниципалитета.")
    @RequestBody(description = FILE, content = {
            @Content(mediaType = ANY_FILE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Файл принят, задание создано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого размера",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Файл не читается как таблица, нет нужных столбцов или слишком много строк",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response schools(InputStream body, @BeanParam UploadParams params) {
        return upload(ImportKind.SCHOOLS, body, params, null);
    }

    @POST
    @Path("responses")
    @RolesAllowed(Role.SCHOOL)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Загрузить заполненные анкеты, собранные вне системы, из .xlsx, .xls, .ods или .csv",
            description = "Один файл — ответы на одну анкету (questionnaireId); участник узнаётся по внешнему коду.")
    @RequestBody(description = FILE, content = {
            @Content(mediaType = ANY_FILE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ODS, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "202", description = "Файл принят, задание создано",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого размера",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Файл не читается как таблица, нет нужных столбцов или слишком много строк",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response responses(InputStream body, @BeanParam UploadParams params,
            @QueryParam("questionnaireId") @Parameter(description = "Анкета, ответы на которую в файле") UUID questionnaireId) {
        if (questionnaireId == null) {
            throw ApiException.invalid("questionnaireId", "Выберите анкету, ответы на которую в файле");
        }
        return upload(ImportKind.RESPONSES, body, params, questionnaireId);
    }

    @GET
    @Operation(summary = "Загрузки в пределах доступа, новые сначала")
    public ImportJobPage list(@QueryParam("kind") ImportKind kind, @BeanParam PageQuery paging) {
        return service.list(kind, paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Ход и итоги загрузки")
    public ImportJobView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/rows")
    @Operation(summary = "Отчёт по строкам файла", description = "По порядку строк; можно выбрать только одно действие.")
    public ImportRowPage rows(@PathParam("id") UUID id, @QueryParam("action") RowAction action,
            @BeanParam PageQuery paging) {
        return service.rows(id, action, paging);
    }

    @Audited(AuditAction.IMPORT_REPORT_DOWNLOADED)
    @GET
    @Path("{id}/report")
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Скачать отчёт по строкам в Excel или CSV")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response report(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        ImportJobView job = service.get(id);
        StreamingOutput body = out -> service.writeReport(id, format.table(), out);
        String name = "Отчёт о загрузке" + (job.fileName() == null ? "" : " " + job.fileName().replaceAll("\\.[^.]*$", ""));
        return TableExport.attachment(Response.ok(body), format.table(), name);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Отменить загрузку: всё, что она успела сделать, откатывается")
    public ImportJobView cancel(@PathParam("id") UUID id) {
        return service.cancel(id);
    }

    @GET
    @Path("templates/{kind}")
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Шаблон файла для загрузки: строка заголовков с русскими названиями столбцов")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response template(
            @PathParam("kind") @Parameter(schema = @Schema(enumeration = { "participants", "schools", "responses", "roadmap" })) String kind,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format,
            @QueryParam("questionnaireId") @Parameter(description = "Для анкет: анкета, вопросы которой станут столбцами") UUID questionnaireId) {
        ImportKind found = switch (kind) {
            case "participants" -> ImportKind.PARTICIPANTS;
            case "schools" -> ImportKind.SCHOOLS;
            case "responses" -> ImportKind.RESPONSES;
            case "roadmap" -> ImportKind.ROADMAP;
            default -> throw ApiException.notFound("Шаблона для такой загрузки нет");
        };
        return templates.response(found, format.table(), questionnaireId);
    }

    private Response upload(ImportKind kind, InputStream body, UploadParams params, UUID questionnaireId) {
        return uploads.accept(kind, body, params, questionnaireId, null);
    }

    /**
     * The options of an upload, sent as query parameters because the body is the file itself; every upload endpoint
     * takes them, including those of other features that go through {@link ImportUploads}.
     */
    public static class UploadParams {

        @QueryParam("dryRun")
        @DefaultValue("true")
        @Parameter(description = "Только проверить и показать отчёт, ничего не меняя (по умолчанию)")
        public boolean dryRun;

        @QueryParam("allOrNothing")
        @DefaultValue("false")
        @Parameter(description = "Применить только если все строки без ошибок")
        public boolean allOrNothing;

        @QueryParam("fileName")
        @Parameter(description = "Имя файла для списка загрузок")
        public String fileName;

        @HeaderParam("Idempotency-Key")
        @Parameter(description = "Повтор запроса с тем же ключом не создаёт второе задание")
        public String idempotencyKey;

        @HeaderParam("Content-Length")
        @Parameter(hidden = true)
        public Long contentLength;

        @HeaderParam("Content-Type")
        @Parameter(hidden = true)
        public String contentType;
    }
}
