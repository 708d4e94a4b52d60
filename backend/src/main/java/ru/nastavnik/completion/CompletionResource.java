package ru.nastavnik.completion;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.common.document.Downloads;
import ru.nastavnik.mentorship.MentorshipView;

/** Completing a pair, its recorded results, the impact on its mentees and its final report. */
@Path("/api/schools/{schoolId}/mentorships/{mentorshipId}")
@Tag(name = "Завершение и результаты")
@RolesAllowed(Role.SCHOOL)
public class CompletionResource {

    @Inject
    CompletionService completion;

    @Inject
    ImpactService impact;

    @Inject
    ReportService reports;

    @Audited(AuditAction.MENTORSHIP_COMPLETED)
    @POST
    @Path("complete")
    @Operation(summary = "Завершить работу действующей пары по окончании программы",
            description = "Записывает итог по каждой цели программы (если она есть), итог работы пары (не "
                    + "EFFECTIVE — с обоснованием) и состоялась ли итоговая встреча; всё или ничего.")
    public MentorshipView complete(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID id,
            @Valid @NotNull(message = "Передайте итоги завершения") CompletionInput input) {
        return completion.complete(schoolId, id, input);
    }

    @GET
    @Path("completion")
    @Operation(summary = "Итоги завершения пары; у действующей — заготовка для мастера завершения")
    public CompletionView completion(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID id) {
        return completion.get(schoolId, id);
    }

    @GET
    @Path("impact")
    @Operation(summary = "Влияние программы: входная и итоговая самооценка каждого наставляемого")
    public MentorshipImpactView impact(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID id) {
        return impact.forPair(schoolId, id);
    }

    @Audited(AuditAction.COMPLETION_REPORT_DOWNLOADED)
    @GET
    @Path("report/docx")
    @Produces(Document.DOCX)
    @Operation(summary = "Отчёт о реализации персонализированной программы в формате Word")
    @APIResponse(responseCode = "200", description = "Документ Word", content = @Content(mediaType = Document.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID id) {
        return Downloads.attachment(reports.docx(schoolId, id), "report");
    }

    @Audited(AuditAction.COMPLETION_REPORT_DOWNLOADED)
    @GET
    @Path("report/pdf")
    @Produces(Document.PDF)
    @Operation(summary = "Отчёт о реализации персонализированной программы в формате PDF")
    @APIResponse(responseCode = "200", description = "Документ PDF", content = @Content(mediaType = Document.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("schoolId") UUID schoolId, @PathParam("mentorshipId") UUID id) {
        return Downloads.attachment(reports.pdf(schoolId, id), "report");
    }
}
