package ru.nastavnik.home;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.common.Role;

@Path("/api/schools/{schoolId}/mentorships/{mentorshipId}/timeline")
@Tag(name = "Главная куратора")
@RolesAllowed(Role.SCHOOL)
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @GET
    @Operation(summary = "Хронология пары: история, встречи, программа и мероприятия, анкеты, итоги — новые первыми")
    public List<TimelineEntry> get(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return timeline.forPair(schoolId, mentorshipId);
    }
}
