package ru.nastavnik.feedback;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;

/** Feedback names the pair's members, minors among them: like the pairs, it stays with the school's own users. */
@Path("/api/schools/{schoolId}")
@Tag(name = "Обратная связь")
@RolesAllowed(Role.SCHOOL)
public class FeedbackResource {

    static final String PDF = "application/pdf";

    @Inject
    FeedbackService service;

    @GET
    @Path("mentorships/{mentorshipId}/feedback-schedule")
    @Operation(summary = "Расписание промежуточной обратной связи пары и его даты")
    public FeedbackScheduleView schedule(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return service.schedule(schoolId, mentorshipId);
    }

    @Audited(AuditAction.FEEDBACK_SCHEDULE_SET)
    @PUT
    @Path("mentorships/{mentorshipId}/feedback-schedule")
    @Operation(summary = "Задать расписание промежуточной обратной связи пары",
            description = "Режимы: NONE — без промежуточных анкет; PERIODIC — первая через firstAfterMonths месяцев "
                    + "после начала работы пары, затем каждые everyMonths месяцев; DATES — в перечисленные даты "
                    + "(в пределах срока пары, не в прошлом). Даты раньше сегодняшней не рассылаются.")
    public FeedbackScheduleView updateSchedule(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId,
            @Valid @NotNull(message = "Передайте расписание") FeedbackScheduleInput input) {
        return service.updateSchedule(schoolId, mentorshipId, input);
    }

    @GET
    @Path("mentorships/{mentorshipId}/feedback")
    @Operation(summary = "Обратная связь пары: расписание, ближайшие даты и все назначенные анкеты с их статусом")
    public FeedbackOverview overview(@PathParam("schoolId") UUID schoolId,
            @PathParam("mentorshipId") UUID mentorshipId) {
        return service.overview(schoolId, mentorshipId);
    }

    @Audited(AuditAction.FEEDBACK_SHEET_PRINTED)
    @POST
    @Path("mentorships/{mentorshipId}/feedback/sheet")
    @Produces(PDF)
    @Operation(summary = "Напечатать листы с QR-кодами для анкет пары, которые идут на бумаге",
            description = "Каждая незаполненная анкета пары без отправки письмом получает новую ссылку; ссылки, "
                    + "напечатанные раньше, перестают действовать. 409, если печатать нечего.")
    @APIResponse(responseCode = "200", description = "Документ PDF: карточки для разрезания, по восемь на листе A4",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pairSheet(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID mentorshipId) {
        return download(service.printPair(schoolId, mentorshipId));
    }

    @GET
    @Path("feedback")
    @Operation(summary = "Анкеты обратной связи организации по статусам",
            description = "Например, status=EMAILED&status=PRINTED&status=EXPIRED — анкеты, которые не вернулись. "
                    + "Сортировка: dueOn, participant, status, sentAt.")
    public DeliveryPage list(@PathParam("schoolId") UUID schoolId,
            @Parameter(description = "Статусы, можно несколько; без него — все") @QueryParam("status")
            List<DeliveryStatus> status, @BeanParam PageQuery paging) {
        return service.list(schoolId, status, paging);
    }

    @Audited(AuditAction.SCHOOL_FEEDBACK_SHEET_PRINTED)
    @POST
    @Path("feedback/sheet")
    @Produces(PDF)
    @Operation(summary = "Напечатать листы с QR-кодами для всех анкет организации, ждущих печати",
            description = "Анкеты, которые ещё ни разу не печатали. 409, если печатать нечего.")
    @APIResponse(responseCode = "200", description = "Документ PDF: карточки для разрезания, по восемь на листе A4",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response schoolSheet(@PathParam("schoolId") UUID schoolId) {
        return download(service.printSchool(schoolId));
    }

    private static Response download(FeedbackService.Sheet sheet) {
        return Response.ok(sheet.content(), PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + sheet.fileName() + "\"").build();
    }
}
