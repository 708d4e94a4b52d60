package ru.nastavnik.participant;

import static ru.nastavnik.participant.ParticipantColumns.*;

import java.util.List;
import java.util.Map;
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

/** The participants list as a file, with the import's column headers so that it can be edited and uploaded back. */
@Path("/api/schools/{schoolId}/participants/export")
@Tag(name = "Участники")
@RolesAllowed(Role.SCHOOL)
public class ParticipantExportResource {

    @Inject
    ParticipantService service;

    @Audited(AuditAction.PARTICIPANTS_EXPORTED)
    @GET
    @Produces({ ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE })
    @Operation(summary = "Выгрузить участников в Excel или CSV",
            description = "Те же фильтры и сортировка, что у списка участников, без разбиения на страницы.")
    @APIResponse(responseCode = "200", description = "Файл", content = {
            @Content(mediaType = ExportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("kind") ParticipantKind kind, @QueryParam("role") ParticipantService.RoleFilter role,
            @QueryParam("consent") ParticipantService.ConsentFilter consent, @QueryParam("matched") Boolean matched,
            @QueryParam("sort") String sort,
            @QueryParam("format") @DefaultValue("xlsx") ExportFormat format) {
        PageQuery sorting = new PageQuery();
        sorting.sort = sort;
        List<ParticipantView> rows = service.listAll(schoolId, q, kind, role, consent, matched, sorting);
        Map<String, String> names = service.competencies().stream()
                .collect(Collectors.toMap(CompetencyView::code, CompetencyView::name));
        return TableExport.response(format.table(), "Участники", columns(names), rows);
    }

    private static List<TableColumn<ParticipantView>> columns(Map<String, String> competencyNames) {
        return List.of(
                TableColumn.of(EXTERNAL_ID, ParticipantView::externalId),
                TableColumn.of(FULL_NAME, ParticipantView::fullName),
                TableColumn.of(KIND, p -> KINDS.label(p.kind())),
                TableColumn.of(MENTOR, ParticipantView::mentorCandidate),
                TableColumn.of(MENTEE, ParticipantView::menteeCandidate),
                TableColumn.of(CONSENT_STATUS, p -> CONSENT_STATUSES.label(p.consentStatus())),
                TableColumn.of(BIRTH_DATE, ParticipantView::birthDate),
                TableColumn.of(GRADE_OR_POSITION, ParticipantView::gradeOrPosition),
                TableColumn.of(SUBJECT, ParticipantView::subject),
                TableColumn.of(EXPERIENCE, ParticipantView::experienceYears),
                TableColumn.of(EMAIL, ParticipantView::email),
                TableColumn.of(PHONE, ParticipantView::phone),
                TableColumn.of(COMPETENCIES, p -> p.mentorProfile() == null ? null
                        : names(p.mentorProfile().competencies(), competencyNames)),
                TableColumn.of(CAPACITY, p -> p.mentorProfile() == null ? null : p.mentorProfile().capacity()),
                TableColumn.of(AVAILABILITY, p -> p.mentorProfile() == null ? null : p.mentorProfile().availability()),
                TableColumn.of(FORMS_ACCEPTED, p -> p.mentorProfile() == null ? null
                        : FORMS.labels(p.mentorProfile().formsAccepted())),
                TableColumn.of(TRAINING, p -> p.mentorProfile() == null ? null
                        : TRAINING_STATUSES.label(p.mentorProfile().trainingStatus())),
                TableColumn.of(CERTIFICATE, p -> p.mentorProfile() == null ? null : p.mentorProfile().certificate()),
                TableColumn.of(REQUESTS, p -> p.menteeProfile() == null ? null
                        : names(p.menteeProfile().requests(), competencyNames)),
                TableColumn.of(DIFFICULTIES, p -> p.menteeProfile() == null ? null : p.menteeProfile().difficulties()),
                TableColumn.of(DESIRED_FORMS, p -> p.menteeProfile() == null ? null
                        : FORMS.labels(p.menteeProfile().desiredForms())));
    }

    private static String names(List<String> codes, Map<String, String> competencyNames) {
        return codes == null ? null
                : String.join("; ", codes.stream().map(c -> competencyNames.getOrDefault(c, c)).toList());
    }
}
