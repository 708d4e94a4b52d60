package ru.nastavnik.monitoring;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

/** A school's figures. The portal reads them only at /api/portal/v1, with the small numbers suppressed. */
@Path("/api/schools/{schoolId}/figures")
@Tag(name = "Мониторинг")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class SchoolFiguresResource {

    @Inject
    FiguresService service;

    @GET
    @Operation(summary = "Показатели организации за период с динамикой")
    public FiguresView get(@PathParam("schoolId") UUID schoolId, @BeanParam FiguresQuery q) {
        return service.school(schoolId, q.year, q.half, q.asOf);
    }
}
