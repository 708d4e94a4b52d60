package ru.nastavnik.event;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/regions/{id}/events")
@Tag(name = "Мероприятия и конкурсы")
public class RegionEventResource extends EventEndpoints {

    @Override
    EventLevel level() {
        return EventLevel.REGION;
    }
}
