package ru.nastavnik.recognition;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticeSubmitInput", description = "Отправка практики на рассмотрение в муниципалитет")
public record SubmitInput(
        @Schema(description = "Версия практики, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Комментарий для муниципалитета, например что исправлено после возврата")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String comment) {
}
