package ru.nastavnik.recognition;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;

/**
 * The municipal coordinator's review of the mentors its schools nominate. The coordinator reads them only as
 * published: no participant's id or personal data, the name only with the mentor's consent.
 */
@Path("/api/municipalities/{municipalityId}/mentor-nominations")
@Tag(name = "Реестр наставников")
@RolesAllowed(Role.MUNICIPAL)
public class MunicipalMentorNominationResource {

    @Inject
    MentorRegistryService service;

    @GET
    @Operation(summary = "Выдвижения наставников организаций муниципалитета: на рассмотрении и решённые",
            description = "Поиск q — по ФИО (если опубликовано) и организации. Сортировка: submittedAt, includedAt,"
                    + " recommendedAt, regionalDecidedAt, updatedAt, school, status.")
    public RegistryPage list(@PathParam("municipalityId") UUID municipalityId,
            @Parameter(description = "SUBMITTED, INCLUDED, RECOMMENDED, REGIONAL или DECLINED")
            @QueryParam("status") MentorNominationStatus status, @QueryParam("schoolId") UUID schoolId,
            @QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.reviewList(MentorRegistryService.Desk.MUNICIPALITY, municipalityId,
                new MentorRegistryService.Filter(status, schoolId, null, q), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Выдвижение с решениями, доступными координатору сейчас")
    public RegistryEntryView get(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id) {
        return service.reviewGet(MentorRegistryService.Desk.MUNICIPALITY, municipalityId, id);
    }

    @Audited(AuditAction.MENTOR_INCLUDED_MUNICIPAL)
    @POST
    @Path("{id}/include")
    @Operation(summary = "Включить наставника в муниципальный реестр")
    public RegistryEntryView include(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию выдвижения") NominationStepInput input) {
        return decide(municipalityId, id, MentorNominationStatus.INCLUDED, input);
    }

    @Audited(AuditAction.MENTOR_NOMINATION_RETURNED)
    @POST
    @Path("{id}/return")
    @Operation(summary = "Вернуть выдвижение организации на доработку с комментарием, что исправить")
    public RegistryEntryView returnToSchool(@PathParam("municipalityId") UUID municipalityId,
            @PathParam("id") UUID id, @Valid @NotNull(message = "Напишите, что исправить") NominationStepInput input) {
        return decide(municipalityId, id, MentorNominationStatus.RETURNED, input);
    }

    @Audited(AuditAction.MENTOR_RECOMMENDED_REGIONAL)
    @POST
    @Path("{id}/recommend")
    @Operation(summary = "Рекомендовать наставника из муниципального реестра в региональный")
    public RegistryEntryView recommend(@PathParam("municipalityId") UUID municipalityId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию выдвижения") NominationStepInput input) {
        return decide(municipalityId, id, MentorNominationStatus.RECOMMENDED, input);
    }

    private RegistryEntryView decide(UUID municipalityId, UUID id, MentorNominationStatus to,
            NominationStepInput input) {
        return service.decide(MentorRegistryService.Desk.MUNICIPALITY, municipalityId, id, to, input);
    }
}
