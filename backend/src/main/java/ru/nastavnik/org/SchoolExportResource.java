package ru.nastavnik.org;

import static ru.nastavnik.org.SchoolColumns.*;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.ExportFormat;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableExport;

@Path("/api/schools/export")
@Tag(name = "Организации")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class SchoolExportResource {

    private static final List<TableColumn<SchoolView>> COLUMNS = List.of(
            TableColumn.of(INN, SchoolView::inn),
            TableColumn.of(SHORT_NAME, SchoolView::shortName),
            TableColumn.of(FULL_NAME, SchoolView::fullName),
            TableColumn.of(KIND, s -> KINDS.label(s.kind())),
            TableColumn.of(MUNICIPALITY, SchoolView::municipalityName),
            TableColumn.of(ADDRESS, SchoolView::address),
            TableColumn.of(WEBSITE, SchoolView::website),
            TableColumn.of(ARCHIVED, SchoolView::archived));

    @Inject
    SchoolService service;

    @GET
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Выгрузить организации в Excel или CSV",
            description = "Те же фильтры и сортировка, что у списка организаций, без разбиения на страницы.")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@QueryParam("q") String q, @QueryParam("municipalityId") UUID municipalityId,
            @QueryParam("kind") SchoolKind kind,
            @QueryParam("status") @DefaultValue("active") SchoolService.Status status,
            @QueryParam("sort") String sort, @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        PageQuery sorting = new PageQuery();
        sorting.sort = sort;
        return TableExport.response(format.table(), "Организации",
                COLUMNS, service.listAll(q, municipalityId, kind, status, sorting));
    }
}
