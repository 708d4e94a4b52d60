package ru.nastavnik.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/me")
@Tag(name = "Пользователь")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL, Role.PORTAL })
public class MeResource {

    @Inject
    MeService service;

    @GET
    @Operation(summary = "Текущий пользователь, его роль и область доступа")
    public MeView me() {
        return service.me();
    }
}
