package ru.nastavnik.roadmap;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions/{id}/roadmaps")
@Tag(name = "Дорожные карты")
public class RegionRoadmapResource extends RoadmapEndpoints {

    @Override
    RoadmapLevel level() {
        return RoadmapLevel.REGION;
    }
}
