package ru.nastavnik.participant;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/competencies")
@Tag(name = "Участники")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class CompetencyResource {

    @Inject
    ParticipantService service;

    @GET
    @Operation(summary = "Справочник компетенций наставников и запросов наставляемых")
    public List<CompetencyView> list() {
        return service.competencies();
    }
}
