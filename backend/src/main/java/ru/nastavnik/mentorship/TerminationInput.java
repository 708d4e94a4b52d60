package ru.nastavnik.mentorship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TerminationInput", description = "Прекращение пары до завершения программы")
public record TerminationInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @NotNull(message = "Выберите основание прекращения") TerminationReason reason,
        @Size(max = 1000, message = "Не длиннее 1000 символов") String comment,
        @Schema(description = "Дата прекращения; по умолчанию сегодня")
        @PastOrPresent(message = "Дата прекращения не может быть в будущем") LocalDate endedOn) {
}
