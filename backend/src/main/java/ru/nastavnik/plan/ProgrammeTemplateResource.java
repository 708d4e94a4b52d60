package ru.nastavnik.plan;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;
import ru.nastavnik.participant.MentoringForm;

/** The built-in templates name nobody: everyone who works with the programmes may read them. */
@Path("/api/programme-templates")
@Tag(name = "Программы наставничества")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class ProgrammeTemplateResource {

    @Inject
    ProgrammeTemplates templates;

    @GET
    @Operation(summary = "Встроенные шаблоны персонализированных программ наставничества")
    public List<ProgrammeTemplate> list(
            @Parameter(description = "Только шаблоны этой формы наставничества") @QueryParam("form") MentoringForm form) {
        return templates.list(form);
    }
}
