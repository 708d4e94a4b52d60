package ru.nastavnik.questionnaire;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "ResponseInput", description = "Ответы на анкету: код вопроса → ответ")
public record ResponseInput(
        @NotNull(message = "Выберите анкету") UUID templateId,
        @NotNull(message = "Передайте ответы")
        @Schema(description = "SINGLE и TEXT — строка, MULTIPLE и COMPETENCIES — массив кодов, SCALE — число, DATE — "
                + "дата ГГГГ-ММ-ДД, RANKING — массив id участников по убыванию предпочтения")
        Map<String, JsonNode> answers) {
}
