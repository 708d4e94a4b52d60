package ru.nastavnik.event;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/municipalities/{id}/events")
@Tag(name = "Мероприятия и конкурсы")
public class MunicipalityEventResource extends EventEndpoints {

    @Override
    EventLevel level() {
        return EventLevel.MUNICIPALITY;
    }
}
