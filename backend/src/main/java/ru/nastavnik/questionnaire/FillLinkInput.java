package ru.nastavnik.questionnaire;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FillLinkInput", description = "Ссылка для заполнения анкеты участником")
public record FillLinkInput(
        @NotNull(message = "Выберите анкету") UUID templateId,
        @Min(value = 1, message = "Срок действия — от 1 до 60 дней")
        @Max(value = 60, message = "Срок действия — от 1 до 60 дней")
        @Schema(description = "Сколько дней действует ссылка, по умолчанию 14") Integer validDays) {
}
