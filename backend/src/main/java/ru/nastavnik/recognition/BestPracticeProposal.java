package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticeProposal", description = "Новая лучшая практика: завершённая пара или группа")
public record BestPracticeProposal(
        @Schema(description = "Завершённая пара или группа организации; каждую предлагают один раз")
        @NotNull(message = "Выберите завершённую пару или группу") UUID mentorshipId,
        @NotBlank(message = "Назовите практику") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Schema(description = "Описание: задача пары, как шла работа, что было главным")
        @Size(max = 8000, message = "Не длиннее 8000 символов") String description,
        @Schema(description = "Результаты: что изменилось у наставляемых, чем подтверждается")
        @Size(max = 8000, message = "Не длиннее 8000 символов") String results) {
}
