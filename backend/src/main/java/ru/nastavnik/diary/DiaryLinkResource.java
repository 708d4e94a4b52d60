package ru.nastavnik.diary;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;
import ru.nastavnik.common.Role;

@Path("/api/schools/{schoolId}/mentorships/{mentorshipId}/diary-links")
@Tag(name = "Дневник наставника")
@RolesAllowed(Role.SCHOOL)
public class DiaryLinkResource {

    @Inject
    DiaryLinkService service;

    @GET
    @Operation(summary = "Ссылки наставника на дневник пары, новые сначала (без секретов)")
    public List<DiaryLinkView> list(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return service.list(schoolId, mentorshipId);
    }

    @Audited(AuditAction.DIARY_LINK_ISSUED)
    @POST
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Отправить наставнику личную ссылку на дневник",
            description = "Адрес и секрет ссылки есть только в этом ответе. Новая ссылка отзывает прежнюю. Тело "
                    + "можно не передавать: ссылка подействует 120 дней или до окончания срока пары и ещё 30 дней.")
    public RestResponse<DiaryLinkView> create(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId, @Valid DiaryLinkInput input, @Context UriInfo uri) {
        DiaryLinkView link = service.create(schoolId, mentorshipId, input);
        return Created.in(uri, link.id(), link);
    }

    @GET
    @Path("{linkId}")
    @Operation(summary = "Ссылка на дневник (без секрета)")
    public DiaryLinkView get(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("linkId") UUID linkId) {
        return service.get(schoolId, mentorshipId, linkId);
    }

    @Audited(AuditAction.DIARY_LINK_REVOKED)
    @POST
    @Path("{linkId}/revoke")
    @Operation(summary = "Отозвать ссылку на дневник")
    public DiaryLinkView revoke(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId,
            @PathParam("linkId") UUID linkId) {
        return service.revoke(schoolId, mentorshipId, linkId);
    }
}
