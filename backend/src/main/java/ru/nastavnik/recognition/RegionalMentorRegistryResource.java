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

/** The region's decisions on the mentors its municipalities recommend to the regional registry. */
@Path("/api/regions/{regionId}/mentor-registry")
@Tag(name = "Реестр наставников")
@RolesAllowed(Role.REGIONAL)
public class RegionalMentorRegistryResource {

    @Inject
    MentorRegistryService service;

    @GET
    @Operation(summary = "Наставники, рекомендованные муниципалитетами, и включённые в региональный реестр",
            description = "Поиск q — по ФИО (если опубликовано) и организации. Сортировка: recommendedAt,"
                    + " regionalDecidedAt, includedAt, submittedAt, updatedAt, school, status.")
    public RegistryPage list(@PathParam("regionId") UUID regionId,
            @Parameter(description = "RECOMMENDED или REGIONAL") @QueryParam("status") MentorNominationStatus status,
            @QueryParam("municipalityId") UUID municipalityId, @QueryParam("q") String q,
            @BeanParam PageQuery paging) {
        return service.reviewList(MentorRegistryService.Desk.REGION, regionId,
                new MentorRegistryService.Filter(status, null, municipalityId, q), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Рекомендованный наставник с решениями, доступными региону сейчас")
    public RegistryEntryView get(@PathParam("regionId") UUID regionId, @PathParam("id") UUID id) {
        return service.reviewGet(MentorRegistryService.Desk.REGION, regionId, id);
    }

    @Audited(AuditAction.MENTOR_INCLUDED_REGIONAL)
    @POST
    @Path("{id}/include")
    @Operation(summary = "Включить рекомендованного наставника в региональный реестр")
    public RegistryEntryView include(@PathParam("regionId") UUID regionId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Передайте версию выдвижения") NominationStepInput input) {
        return service.decide(MentorRegistryService.Desk.REGION, regionId, id, MentorNominationStatus.REGIONAL, input);
    }

    @Audited(AuditAction.MENTOR_DECLINED_REGIONAL)
    @POST
    @Path("{id}/decline")
    @Operation(summary = "Отклонить рекомендацию с комментарием: наставник остаётся в муниципальном реестре")
    public RegistryEntryView decline(@PathParam("regionId") UUID regionId, @PathParam("id") UUID id,
            @Valid @NotNull(message = "Напишите причину отказа") NominationStepInput input) {
        return service.decide(MentorRegistryService.Desk.REGION, regionId, id, MentorNominationStatus.DECLINED, input);
    }

    @GET
    @Path("published")
    @RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
    @Operation(summary = "Региональный реестр наставников",
            description = "Включённые регионом наставники с действующим согласием на публикацию; ФИО — только если "
                    + "согласие разрешает. Поиск q — по ФИО и организации. Сортировка: regionalDecidedAt,"
                    + " includedAt, school.")
    public RegistryPage regional(@PathParam("regionId") UUID regionId,
            @QueryParam("municipalityId") UUID municipalityId, @QueryParam("q") String q,
            @BeanParam PageQuery paging) {
        return service.registry(MentorRegistryService.Registry.REGIONAL, regionId,
                new MentorRegistryService.Filter(null, null, municipalityId, q), paging);
    }
}
