package ru.nastavnik.roadmap;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

/** The templates roadmaps start from: the same for everyone, so any user of a level may read any of them. */
@Path("/api/roadmap-templates")
@Tag(name = "Дорожные карты")
@RolesAllowed({ Role.REGIONAL, Role.MUNICIPAL, Role.SCHOOL })
public class RoadmapTemplateResource {

    @Schema(name = "RoadmapTemplate", description = "Шаблон дорожной карты уровня: название и мероприятия")
    public record TemplateView(
            @Schema(required = true) RoadmapLevel level,
            @Schema(required = true) String title,
            @Schema(required = true) List<TemplateItem> items) {
    }

    @Schema(name = "RoadmapTemplateItem", description = "Мероприятие шаблона; срок — словами, в учебном году карты")
    public record TemplateItem(
            @Schema(required = true) int stage,
            @Schema(required = true) String stageTitle,
            @Schema(required = true) String activity,
            @Schema(required = true) String content,
            @Schema(required = true) String deadline,
            @Schema(required = true) String responsible,
            @Schema(required = true) String result,
            @Schema(required = true) String resultDocument) {
    }

    @GET
    @Path("{level}")
    @Operation(summary = "Шаблон дорожной карты организации, муниципалитета или региона")
    public TemplateView template(@PathParam("level") RoadmapLevel level) {
        return new TemplateView(level, RoadmapTemplates.title(level), RoadmapTemplates.rows(level).stream()
                .map(r -> new TemplateItem(r.stage(), Stage.title(r.stage()), r.activity(), r.content(), r.deadline(),
                        r.responsible(), r.result(), r.document())).toList());
    }
}
