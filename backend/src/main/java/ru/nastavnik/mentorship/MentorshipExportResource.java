package ru.nastavnik.mentorship;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.table.ExportFormat;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableExport;
import ru.nastavnik.participant.MentoringForm;

/** The mentorship list as a file: the pairs a school reports on, with the order that approved each. */
@Path("/api/schools/{schoolId}/mentorships/export")
@Tag(name = "Наставнические пары")
@RolesAllowed(Role.SCHOOL)
public class MentorshipExportResource {

    private static final List<TableColumn<MentorshipView>> COLUMNS = List.of(
            TableColumn.of("Наставник", m -> m.mentor().fullName()),
            TableColumn.of("Наставляемые", m -> m.mentees().stream().filter(p -> p.removedOn() == null)
                    .map(MentorshipView.Member::fullName).collect(Collectors.joining("; "))),
            TableColumn.of("Форма наставничества", m -> Labels.form(m.form())),
            TableColumn.of("Вид наставничества", m -> Labels.kind(m.kind())),
            TableColumn.of("Статус", m -> m.status().label),
            TableColumn.of("Плановое начало", MentorshipView::plannedStart),
            TableColumn.of("Плановое окончание", MentorshipView::plannedEnd),
            TableColumn.of("Начало работы", MentorshipView::startedOn),
            TableColumn.of("Окончание работы", MentorshipView::endedOn),
            TableColumn.of("Приказ", m -> m.order() == null ? null
                    : "№ " + m.order().number() + " от " + Labels.date(m.order().date())),
            TableColumn.of("Основание прекращения", m -> m.terminationReason() == null ? null
                    : m.terminationReason().label));

    @Inject
    MentorshipService service;

    @Audited(AuditAction.MENTORSHIPS_EXPORTED)
    @GET
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Выгрузить наставнические пары в Excel или CSV",
            description = "Те же фильтры и сортировка, что у списка пар, без разбиения на страницы.")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("status") MentorshipStatus status, @QueryParam("form") MentoringForm form,
            @QueryParam("kind") MentorshipKind kind, @QueryParam("participantId") UUID participantId,
            @QueryParam("sort") String sort, @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        PageQuery sorting = new PageQuery();
        sorting.sort = sort;
        return TableExport.response(format.table(), "Наставнические пары", COLUMNS,
                service.listAll(schoolId, q, status, form, kind, participantId, sorting));
    }
}
