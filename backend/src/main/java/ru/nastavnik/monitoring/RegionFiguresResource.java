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

@Path("/api/regions/{regionId}/figures")
@Tag(name = "Мониторинг")
@RolesAllowed(Role.REGIONAL)
public class RegionFiguresResource {

    @Inject
    FiguresService service;

    @GET
    @Operation(summary = "Показатели региона за период с разбивкой по муниципалитетам и динамикой")
    public FiguresView get(@PathParam("regionId") UUID regionId, @BeanParam FiguresQuery q) {
        return service.region(regionId, q.year, q.half, q.asOf);
    }
}
