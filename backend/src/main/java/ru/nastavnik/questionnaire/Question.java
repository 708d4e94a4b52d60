package ru.nastavnik.questionnaire;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Question", description = "Вопрос анкеты")
public record Question(
        @Schema(required = true, description = "Код вопроса, уникальный в анкете") String id,
        @Schema(required = true) QuestionType type,
        @Schema(required = true) String text,
        boolean required,
        @Schema(description = "Варианты ответа для SINGLE и MULTIPLE") List<Option> options,
        @Schema(description = "Нижняя граница шкалы") Integer min,
        @Schema(description = "Верхняя граница шкалы") Integer max,
        @Schema(description = "Какое поле профиля участника обновляет ответ: competencies, requests, difficulties")
        String feeds) {

    @Schema(name = "QuestionOption")
    public record Option(@Schema(required = true) String value, @Schema(required = true) String label) {
    }
}
