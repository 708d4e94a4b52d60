package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeedbackSchedule", description = "Расписание промежуточной обратной связи пары и его даты")
public record FeedbackScheduleView(
        @Schema(required = true) ScheduleMode mode,
        Integer firstAfterMonths,
        Integer everyMonths,
        @Schema(required = true) List<LocalDate> dates,
        @Schema(required = true) boolean includeMentor,
        @Schema(required = true, description = "От какой даты считаются месяцы: начало работы пары, а до него — "
                + "плановое начало") LocalDate countedFrom,
        @Schema(required = true, description = "Все даты анкет в пределах срока пары") List<LocalDate> dueDates,
        String updatedBy,
        Instant updatedAt,
        @Schema(required = true, description = "0, пока расписание не задавали") int version) {
}
