package ru.nastavnik.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticeInput", description = "Изменение черновика или возвращённой практики")
public record BestPracticeInput(
        @NotBlank(message = "Назовите практику") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String description,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String results,
        @Schema(description = "Версия практики, которую видел пользователь", required = true) Integer version) {
}
