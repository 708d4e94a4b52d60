package ru.nastavnik.reporting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportTransitionInput", description = "Отправка, возврат или приём отчёта")
public record TransitionInput(
        @NotNull(message = "Укажите версию отчёта, которую вы видели")
        @Schema(required = true, description = "Версия отчёта, которую видел пользователь") Integer version,
        @Size(max = 2000, message = "Не длиннее 2000 символов")
        @Schema(description = "Комментарий; при возврате на доработку обязателен: что исправить") String comment) {
}
