package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;

/**
 * A municipality's published registry for everyone signed in within its scope: its schools, its coordinator and the
 * region. Only what the consents allow.
 */
@Path("/api/municipalities/{municipalityId}/mentor-registry")
@Tag(name = "Реестр наставников")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class MunicipalMentorRegistryResource {

    @Inject
    MentorRegistryService service;

    @GET
    @Operation(summary = "Муниципальный реестр наставников",
            description = "Включённые муниципалитетом наставники с действующим согласием на публикацию; ФИО — "
                    + "только если согласие разрешает. Поиск q — по ФИО и организации. Сортировка: includedAt,"
                    + " regionalDecidedAt, school, status.")
    public RegistryPage municipal(@PathParam("municipalityId") UUID municipalityId,
            @QueryParam("schoolId") UUID schoolId, @QueryParam("q") String q, @BeanParam PageQuery paging) {
        return service.registry(MentorRegistryService.Registry.MUNICIPAL, municipalityId,
                new MentorRegistryService.Filter(null, schoolId, null, q), paging);
    }
}
