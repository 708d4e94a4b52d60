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

/** The region's audit trail: its own entries and its municipalities'. */
@Path("/api/regions/{regionId}/audit")
@Tag(name = "Журнал действий")
@RolesAllowed(Role.REGIONAL)
public class RegionAuditResource {

    @Inject
    AuditService service;

    @GET
    @Operation(summary = "Журнал действий региона", description = "Действия региона и муниципалитетов. "
            + AuditExport.SORTING)
    public AuditPage list(@PathParam("regionId") UUID regionId, @BeanParam AuditFilter filter,
            @BeanParam PageQuery paging) {
        return service.list(Level.region, regionId, filter, paging);
    }

    @GET
    @Path("export")
    @Audited(AuditAction.AUDIT_EXPORTED)
    @Produces(ExportFormat.XLSX_TYPE)
    @Operation(summary = "Выгрузить журнал действий региона в Excel",
            description = "Те же фильтры и сортировка, что у журнала, без разбиения на страницы.")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(
            mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("regionId") UUID regionId, @BeanParam AuditFilter filter,
            @BeanParam PageQuery paging) {
        return AuditExport.xlsx("Журнал действий региона",
                service.listAll(Level.region, regionId, filter, paging));
    }
}
