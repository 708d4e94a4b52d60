package ru.nastavnik.mentorship;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;

@Path("/api/schools/{schoolId}/orders")
@Tag(name = "Приказы")
@RolesAllowed(Role.SCHOOL)
public class OrderResource {

    static final String DOCX = Document.DOCX;
    static final String PDF = Document.PDF;

    @Inject
    OrderService service;

    @GET
    @Operation(summary = "Приказы организации", description = "Сортировка: date, number, createdAt.")
    public OrderPage list(@PathParam("schoolId") UUID schoolId, @BeanParam PageQuery paging) {
        return service.list(schoolId, paging);
    }

    @Audited(AuditAction.ORDER_ISSUED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Издать приказ о закреплении наставнических пар (групп)",
            description = "Все перечисленные предложенные пары становятся утверждёнными разом; если хоть одна не "
                    + "может быть утверждена, ничего не меняется.")
    public RestResponse<OrderView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные приказа") OrderInput input, @Context UriInfo uri) {
        OrderView order = service.create(schoolId, input);
        return Created.in(uri, order.id(), order);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Приказ")
    public OrderView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.ORDER_DOWNLOADED)
    @GET
    @Path("{id}/docx")
    @Produces(DOCX)
    @Operation(summary = "Приказ в формате Word для подписи")
    @APIResponse(responseCode = "200", description = "Документ Word",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return Downloads.attachment(service.docx(schoolId, id), "order");
    }

    @Audited(AuditAction.ORDER_DOWNLOADED)
    @GET
    @Path("{id}/pdf")
    @Produces(PDF)
    @Operation(summary = "Приказ в формате PDF")
    @APIResponse(responseCode = "200", description = "Документ PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return Downloads.attachment(service.pdf(schoolId, id), "order");
    }
}
