package ru.nastavnik.diary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.plan.ActivityStatus;

@Schema(name = "ActivityProgressInput",
        description = "Отметка наставника о мероприятии программы: выполняется (IN_PROGRESS) или выполнено (DONE)")
public record ActivityProgressInput(
        @Schema(description = "IN_PROGRESS или DONE", required = true)
        @NotNull(message = "Укажите, выполняется мероприятие или выполнено") ActivityStatus status,
        @Schema(description = "Результат; у выполненного мероприятия обязателен")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String result,
        @Schema(description = "Когда выполнено (у выполненного), по умолчанию сегодня") LocalDate doneOn,
        @Schema(description = "Версия мероприятия, которую видел наставник", required = true) Integer version) {
}
