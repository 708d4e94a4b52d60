package ru.nastavnik.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeInput", description = "Пояснительная записка, сроки и цели программы; план мероприятий "
        + "меняется отдельно")
public record ProgrammeInput(
        @Schema(description = "Версия программы, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Причина изменения: обязательна, когда программа уже согласована")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String reason,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String problem,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String content,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String intermediateResults,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String finalResults,
        @Size(max = 2000, message = "Не длиннее 2000 символов") String conditions,
        @NotNull(message = "Выберите режим работы") ProgrammeMode mode,
        @NotNull(message = "Выберите, как часто встречаться") MeetingFrequency meetingFrequency,
        @Schema(description = "День недели встреч: 1 — понедельник, 7 — воскресенье")
        @Min(value = 1, message = "День недели — от 1 (понедельник) до 7 (воскресенье)")
        @Max(value = 7, message = "День недели — от 1 (понедельник) до 7 (воскресенье)") Integer meetingWeekday,
        @Schema(description = "Время встреч", type = SchemaType.STRING, format = "time", example = "15:00")
        LocalTime meetingTime,
        @Size(max = 300, message = "Не длиннее 300 символов") String scheduleNote,
        @NotNull(message = "Укажите начало реализации программы") LocalDate startsOn,
        @NotNull(message = "Укажите окончание реализации программы") LocalDate endsOn,
        @Schema(description = "Цели по порядку; цель без id — новая, цель, которой нет в списке, удаляется")
        @NotNull(message = "Передайте список целей") @Size(max = 20, message = "Не больше 20 целей")
        List<@NotNull(message = "Опишите цель") @Valid GoalInput> goals) {

    @Schema(name = "ProgrammeGoalInput", description = "Цель программы с задачами")
    public record GoalInput(
            @Schema(description = "Цель, которая уже есть в программе") UUID id,
            @NotBlank(message = "Сформулируйте цель") @Size(max = 1000, message = "Не длиннее 1000 символов")
            String title,
            @Schema(description = "Задачи, по одной в строке")
            @Size(max = 4000, message = "Не длиннее 4000 символов") String tasks) {
    }
}
