package ru.nastavnik.audit;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditService.Level;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.ExportFormat;

/** A municipality's audit trail: its coordinator reads its own entries and its schools' transitions; the region's
 * coordinator the municipality's own entries. */
@Path("/api/municipalities/{municipalityId}/audit")
@Tag(name = "Журнал действий")
@RolesAllowed({ Role.MUNICIPAL, Role.REGIONAL })
public class MunicipalityAuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(summary = "Журнал действий муниципалитета", description = "Координатору муниципалитета — его действия "
            + "и переходы отчётов и практик его организаций; региону — "
                    + "действия муниципалитета. " + AuditExport.SORTING)
    public AuditPage list(@PathParam("municipalityId") UUID municipalityId, @BeanParam AuditFilter filter,
            @BeanParam PageQuery paging) {
        return service.list(Level.municipality, municipalityId, filter, paging);
    }

    @GET
    @Path("export")
    @Audited(AuditAction.AUDIT_EXPORTED)
    @Produces(ExportFormat.XLSX_TYPE)
    @Operation(summary = "Выгрузить журнал действий муниципалитета в Excel",
            description = "Те же фильтры и сортировка, что у журнала, без разбиения на страницы.")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(
            mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("municipalityId") UUID municipalityId, @BeanParam AuditFilter filter,
            @BeanParam PageQuery paging) {
        return AuditExport.xlsx("Журнал действий муниципалитета",
                service.listAll(Level.municipality, municipalityId, filter, paging));
    }
}
