package ru.nastavnik.mentorship;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletionInput", description = "Завершение работы пары по окончании программы")
public record CompletionInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Дата завершения; по умолчанию сегодня")
        @PastOrPresent(message = "Дата завершения не может быть в будущем") LocalDate endedOn,
        @Size(max = 1000, message = "Не длиннее 1000 символов") String comment) {
}
