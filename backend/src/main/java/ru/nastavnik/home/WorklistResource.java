package ru.nastavnik.home;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/schools/{schoolId}/worklist")
@Tag(name = "Главная куратора")
@RolesAllowed(Role.SCHOOL)
public class WorklistResource {

    @Inject
    WorklistService worklist;

    @GET
    @Operation(summary = "Что требует внимания куратора: дела каждого вида и их число",
            description = "Предложения без решения; пары без программы через две недели после приказа; просроченные "
                    + "мероприятия программ; действующие пары без встреч больше 30 дней; анкеты, которые не "
                    + "заполнили за неделю после отправки или до конца срока ссылки; пары, чей срок кончается в "
                    + "ближайшие две недели; практики, возвращённые на доработку.")
    public WorklistView get(@PathParam("schoolId") UUID schoolId,
            @Parameter(description = "Только дела этого вида (число дел показывается по всем видам)")
            @QueryParam("kind") WorkKind kind) {
        return worklist.forSchool(schoolId, kind);
    }
}
