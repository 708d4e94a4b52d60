package ru.nastavnik.questionnaire;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "FillSubmission", description = "Ответы, отправленные по личной ссылке: код вопроса → ответ")
public record FillSubmission(@NotNull(message = "Передайте ответы") Map<String, JsonNode> answers) {
}
