package ru.nastavnik.event;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/schools/{id}/events")
@Tag(name = "Мероприятия и конкурсы")
public class SchoolEventResource extends EventEndpoints {

    @Override
    EventLevel level() {
        return EventLevel.SCHOOL;
    }
}
