package ru.nastavnik.diary;

import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import ru.nastavnik.common.ApiException;

/** Which meetings a list or its export shows: the same filter for both, so the file is what the screen shows. */
public class MeetingFilter {

    @QueryParam("kind")
    @Parameter(description = "Только встречи этого вида")
    public MeetingKind kind;

    @QueryParam("held")
    @Parameter(description = "true — только проведённые, false — только запланированные")
    public Boolean held;

    @QueryParam("month")
    @Parameter(description = "Только встречи месяца, ГГГГ-ММ (вместо from и to)",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", example = "2025-10"))
    public YearMonth month;

    @QueryParam("from")
    @Parameter(description = "Встречи с этой даты включительно")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Встречи по эту дату включительно")
    public LocalDate to;

    /** The first day the filter lets through, or null for no bound. */
    LocalDate since() {
        check();
        return month != null ? month.atDay(1) : from;
    }

    /** The last day the filter lets through, or null for no bound. */
    LocalDate until() {
        check();
        return month != null ? month.atEndOfMonth() : to;
    }

    private void check() {
        if (month != null && (from != null || to != null)) {
            throw ApiException.invalid("month", "Укажите месяц или период с from по to, но не то и другое");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "Конец периода раньше его начала");
        }
    }
}
