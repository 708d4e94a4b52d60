package ru.nastavnik.mentorship;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.MentoringForm;

/** Mentorships name their members, minors among them, so like participants they stay with the school's own users. */
@Path("/api/schools/{schoolId}/mentorships")
@Tag(name = "Наставнические пары")
@RolesAllowed(Role.SCHOOL)
public class MentorshipResource {

    @Inject
    MentorshipService service;

    @GET
    @Operation(summary = "Наставнические пары и группы организации",
            description = "Поиск q — по ФИО наставника и наставляемых. Сортировка: plannedStart, plannedEnd, createdAt,"
                    + " status, mentor, kind, form.")
    public MentorshipPage list(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("status") MentorshipStatus status, @QueryParam("form") MentoringForm form,
            @QueryParam("kind") MentorshipKind kind,
            @Parameter(description = "Только пары, где этот участник — наставник или наставляемый")
            @QueryParam("participantId") UUID participantId, @BeanParam PageQuery paging) {
        return service.list(schoolId, q, status, form, kind, participantId, paging);
    }

    @Audited(AuditAction.MENTORSHIP_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Составить пару или группу: она будет предложена и ждёт приказа о закреплении")
    public RestResponse<MentorshipView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные пары") MentorshipInput input, @Context UriInfo uri) {
        MentorshipView pair = service.create(schoolId, input);
        return Created.in(uri, pair.id(), pair);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Наставническая пара или группа с доступными сейчас действиями")
    public MentorshipView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @GET
    @Path("{id}/events")
    @Operation(summary = "История пары: кто, когда и почему её менял")
    public List<MentorshipEventView> events(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.events(schoolId, id);
    }

    @Audited(AuditAction.MENTORSHIP_ACTIVATED)
    @POST
    @Path("{id}/activate")
    @Operation(summary = "Начать работу утверждённой пары")
    public MentorshipView activate(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию пары") ActivationInput input) {
        return service.activate(schoolId, id, input);
    }

    @Audited(AuditAction.MENTORSHIP_TERMINATED)
    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Прекратить пару досрочно по основанию из положения")
    public MentorshipView terminate(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте основание прекращения") TerminationInput input) {
        return service.terminate(schoolId, id, input);
    }

    @Audited(AuditAction.MENTORSHIP_RESCHEDULED)
    @POST
    @Path("{id}/reschedule")
    @Operation(summary = "Продлить или сократить срок действующей пары")
    public MentorshipView reschedule(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте новую дату окончания") RescheduleInput input) {
        return service.reschedule(schoolId, id, input);
    }
}
