package ru.nastavnik.diary;

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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingInput", description = "Встреча в дневнике наставника: проведённая или запланированная")
public record MeetingInput(
        @NotNull(message = "Выберите вид встречи") MeetingKind kind,
        @Schema(description = "Встреча проведена (true) или только запланирована (false)", required = true)
        @NotNull(message = "Укажите, проведена ли встреча") Boolean held,
        @Schema(description = "Дата встречи; у проведённой — не позже сегодняшнего дня", required = true)
        @NotNull(message = "Укажите дату встречи") LocalDate date,
        @Schema(description = "Время начала, например 15:00") LocalTime startsAt,
        @Schema(description = "Продолжительность в минутах, от 5 до 600; у проведённой встречи обязательна")
        @Min(value = 5, message = "Продолжительность — от 5 до 600 минут")
        @Max(value = 600, message = "Продолжительность — от 5 до 600 минут") Integer durationMinutes,
        @NotNull(message = "Выберите формат встречи") MeetingFormat format,
        @NotBlank(message = "Укажите тему встречи")
        @Size(max = 500, message = "Тема — не длиннее 500 символов") String topic,
        @Schema(description = "Содержание встречи, договорённости, итоги")
        @Size(max = 4000, message = "Не длиннее 4000 символов") String notes,
        @Schema(description = "У проведённой встречи — отметка о каждом наставляемом пары (группы) на дату встречи")
        @Size(max = 30, message = "Не больше 30 отметок") List<@Valid @NotNull(message = "Передайте отметку")
        AttendanceInput> attendance,
        @Schema(description = "Мероприятия программы пары, над которыми работали на встрече")
        @Size(max = 50, message = "Не больше 50 мероприятий") List<@NotNull(message = "Выберите мероприятие")
        UUID> activityIds,
        @Schema(description = "При изменении — версия записи, которую видел пользователь") Integer version) {

    @Schema(name = "AttendanceInput", description = "Был ли наставляемый на встрече")
    public record AttendanceInput(
            @NotNull(message = "Выберите наставляемого") UUID participantId,
            @Schema(required = true) @NotNull(message = "Отметьте, был ли наставляемый на встрече") Boolean present) {
    }

    List<AttendanceInput> attendanceOrEmpty() {
        return attendance == null ? List.of() : attendance;
    }

    List<UUID> activityIdsOrEmpty() {
        return activityIds == null ? List.of() : activityIds;
    }
}
