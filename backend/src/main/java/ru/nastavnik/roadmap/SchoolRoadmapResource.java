package ru.nastavnik.roadmap;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/schools/{id}/roadmaps")
@Tag(name = "Дорожные карты")
public class SchoolRoadmapResource extends RoadmapEndpoints {

    @Override
    RoadmapLevel level() {
        return RoadmapLevel.SCHOOL;
    }
}
