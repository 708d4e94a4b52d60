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

@Path("/api/municipalities/{municipalityId}/figures")
@Tag(name = "Мониторинг")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL })
public class MunicipalityFiguresResource {

    @Inject
    FiguresService service;

    @GET
    @Operation(summary = "Показатели муниципалитета за период с разбивкой по организациям и динамикой")
    public FiguresView get(@PathParam("municipalityId") UUID municipalityId, @BeanParam FiguresQuery q) {
        return service.municipality(municipalityId, q.year, q.half, q.asOf);
    }
}
