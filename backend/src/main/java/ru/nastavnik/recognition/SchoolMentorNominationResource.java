package ru.nastavnik.recognition;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;
import ru.nastavnik.participant.WithdrawalInput;

/** A school's nominations of its mentors to the mentor registry, with the mentor's consent: the school's users only. */
@Path("/api/schools/{schoolId}/mentor-nominations")
@Tag(name = "Реестр наставников")
@RolesAllowed(Role.SCHOOL)
public class SchoolMentorNominationResource {

    @Inject
    MentorNominationService service;

    @GET
    @Operation(summary = "Выдвижения наставников организации", description = "Поиск q — по ФИО наставника. "
            + "Сортировка: mentor, status, submittedAt, updatedAt, createdAt.")
    public MentorNominationPage list(@PathParam("schoolId") UUID schoolId, @QueryParam("q") String q,
            @QueryParam("status") MentorNominationStatus status, @BeanParam PageQuery paging) {
        return service.list(schoolId, q, status, paging);
    }

    @Audited(AuditAction.MENTOR_NOMINATION_CREATED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Выдвинуть наставника в реестр (черновик)",
            description = "Наставник — участник организации, отмеченный как наставник, с действующим согласием на "
                    + "обработку данных; одно открытое выдвижение на наставника.")
    public RestResponse<MentorNominationView> create(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull(message = "Передайте данные выдвижения") MentorNominationProposal input,
            @Context UriInfo uri) {
        MentorNominationView nomination = service.create(schoolId, input);
        return Created.in(uri, nomination.id(), nomination);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Выдвижение с согласием на публикацию и сведениями из системы")
    public MentorNominationView get(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.get(schoolId, id);
    }

    @Audited(AuditAction.MENTOR_NOMINATION_UPDATED)
    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить черновик или возвращённое выдвижение")
    public MentorNominationView update(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте данные выдвижения") MentorNominationInput input) {
        return service.update(schoolId, id, input);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "История выдвижения: отправки, возвраты, решения муниципалитета и региона, отзыв")
    public List<MentorNominationEventView> history(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id) {
        return service.history(schoolId, id);
    }

    @Audited(AuditAction.MENTOR_CONSENT_GIVEN)
    @PUT
    @Path("{id}/consent")
    @Operation(summary = "Записать согласие наставника на публикацию в реестре",
            description = "ANONYMOUS — реестр не называет наставника, NAME и NAME_AND_PHOTO — с ФИО. За "
                    + "несовершеннолетнего согласие даёт родитель или законный представитель. Пока выдвижение "
                    + "черновик или возвращено, новое согласие заменяет прежнее.")
    public MentorNominationView recordConsent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте согласие") PublicationConsentInput input) {
        return service.recordConsent(schoolId, id, input);
    }

    @Audited(AuditAction.MENTOR_CONSENT_WITHDRAWN)
    @POST
    @Path("{id}/consent/withdraw")
    @Operation(summary = "Отозвать согласие наставника на публикацию",
            description = "С этой минуты реестры его не показывают; отправленное выдвижение отзывается.")
    public MentorNominationView withdrawConsent(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Укажите дату отзыва") WithdrawalInput input) {
        return service.withdrawConsent(schoolId, id, input);
    }

    @Audited(AuditAction.MENTOR_NOMINATION_SUBMITTED)
    @POST
    @Path("{id}/submit")
    @Operation(summary = "Отправить выдвижение в муниципалитет",
            description = "Нужны характеристика наставника и действующее согласие на публикацию; иначе 400 с именем "
                    + "поля. Сведения из системы (пары, обучение, награды) фиксируются на момент отправки.")
    public MentorNominationView submit(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию выдвижения") NominationStepInput input) {
        return service.submit(schoolId, id, input);
    }

    @Audited(AuditAction.MENTOR_NOMINATION_WITHDRAWN)
    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Отозвать выдвижение: наставник сразу выходит из реестров")
    public MentorNominationView withdraw(@PathParam("schoolId") UUID schoolId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию выдвижения") NominationStepInput input) {
        return service.withdraw(schoolId, id, input);
    }
}
