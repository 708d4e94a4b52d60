package ru.nastavnik.diary;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Created;
import ru.nastavnik.common.ProblemResponsesFilter;

/** No account is needed here: the link's secret is the credential, and it opens one pair's diary only. */
@Path("/api/diary/{token}")
@Tag(name = "Дневник по ссылке")
@PermitAll
public class PublicDiaryResource {

    @Inject
    PublicDiaryService service;

    @GET
    @Operation(summary = "Дневник пары по личной ссылке наставника",
            description = "Форма и срок пары, имена наставляемых, мероприятия программы, последние встречи.")
    public PublicDiaryView open(@PathParam("token") String token) {
        return service.open(token);
    }

    @Audited(value = AuditAction.MEETING_RECORDED, holder = "наставник по ссылке")
    @POST
    @Path("meetings")
    @Extension(name = ProblemResponsesFilter.CREATED, value = ProblemResponsesFilter.WITH_LOCATION)
    @Operation(summary = "Записать встречу")
    public RestResponse<MeetingView> record(@PathParam("token") String token,
            @Valid @NotNull(message = "Передайте данные встречи") MeetingInput input, @Context UriInfo uri) {
        MeetingView meeting = service.record(token, input);
        return Created.in(uri, meeting.id(), meeting);
    }

    @GET
    @Path("meetings/{meetingId}")
    @Operation(summary = "Встреча пары")
    public MeetingView meeting(@PathParam("token") String token, @PathParam("meetingId") UUID meetingId) {
        return service.meeting(token, meetingId);
    }

    @Audited(value = AuditAction.MEETING_UPDATED, holder = "наставник по ссылке")
    @PUT
    @Path("meetings/{meetingId}")
    @Operation(summary = "Исправить свою запись", description = "Свои записи — в течение 7 дней после того, как они "
            + "сделаны; остальные исправляет куратор.")
    public MeetingView update(@PathParam("token") String token, @PathParam("meetingId") UUID meetingId,
            @Valid @NotNull(message = "Передайте данные встречи") MeetingInput input) {
        return service.update(token, meetingId, input);
    }

    @Audited(value = AuditAction.ACTIVITY_PROGRESS_RECORDED, holder = "наставник по ссылке")
    @PUT
    @Path("activities/{activityId}")
    @Operation(summary = "Отметить мероприятие программы: выполняется или выполнено, с результатом")
    public DiaryActivityView progress(@PathParam("token") String token, @PathParam("activityId") UUID activityId,
            @Valid @NotNull(message = "Передайте отметку") ActivityProgressInput input) {
        return service.progress(token, activityId, input);
    }
}
