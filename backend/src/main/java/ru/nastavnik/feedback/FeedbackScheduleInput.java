package ru.nastavnik.feedback;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackScheduleInput", description = "Когда участники пары получают анкету промежуточной обратной "
        + "связи")
public record FeedbackScheduleInput(
        @NotNull(message = "Выберите вид расписания") ScheduleMode mode,
        @Schema(description = "PERIODIC: первая анкета через столько месяцев после начала работы пары, от 1 до 12")
        Integer firstAfterMonths,
        @Schema(description = "PERIODIC: затем каждые столько месяцев, от 1 до 12") Integer everyMonths,
        @Schema(description = "DATES: даты в пределах срока пары, не в прошлом") List<LocalDate> dates,
        @Schema(description = "Получает ли анкету и наставник; по умолчанию нет") Boolean includeMentor,
        @NotNull(message = "Укажите версию расписания, которое вы изменяете") Integer version) {
}
