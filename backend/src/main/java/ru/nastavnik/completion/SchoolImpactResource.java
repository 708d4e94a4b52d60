package ru.nastavnik.completion;

import java.time.LocalDate;
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
import ru.nastavnik.participant.MentoringForm;

/** The school's own figures; municipalities and regions get theirs from monitoring, never from pairs' rows. */
@Path("/api/schools/{schoolId}/impact")
@Tag(name = "Завершение и результаты")
@RolesAllowed(Role.SCHOOL)
public class SchoolImpactResource {

    @Inject
    ImpactService impact;

    @GET
    @Operation(summary = "Влияние программы наставничества в организации: средние изменения самооценки",
            description = "Завершённые пары (по дате завершения в периоде) и их наставляемые с входной и итоговой "
                    + "самооценкой: среднее изменение по каждому вопросу и общее, доля улучшивших.")
    public SchoolImpactView get(@PathParam("schoolId") UUID schoolId,
            @Parameter(description = "Только пары этой формы") @QueryParam("form") MentoringForm form,
            @Parameter(description = "Завершённые не раньше этой даты") @QueryParam("from") LocalDate from,
            @Parameter(description = "Завершённые не позже этой даты") @QueryParam("to") LocalDate to) {
        return impact.forSchool(schoolId, form, from, to);
    }
}
