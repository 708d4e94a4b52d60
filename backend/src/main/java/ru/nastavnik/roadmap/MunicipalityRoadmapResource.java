package ru.nastavnik.roadmap;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/municipalities/{id}/roadmaps")
@Tag(name = "Дорожные карты")
public class MunicipalityRoadmapResource extends RoadmapEndpoints {

    @Override
    RoadmapLevel level() {
        return RoadmapLevel.MUNICIPALITY;
    }
}
