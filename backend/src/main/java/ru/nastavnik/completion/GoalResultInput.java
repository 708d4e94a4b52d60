package ru.nastavnik.completion;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalResultInput", description = "Итог одной цели персонализированной программы")
public record GoalResultInput(
        @Schema(required = true, description = "Цель программы") UUID goalId,
        @Schema(required = true) GoalResult result,
        @Schema(description = "Что сделано, чего не хватило") @Size(max = 1000, message = "Не длиннее 1000 символов")
        String note) {
}
