package ru.nastavnik.questionnaire;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionnaireSummary", description = "Сводка ответов организации на версию анкеты")
public record TemplateSummary(
        @Schema(required = true) UUID templateId,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Число действующих ответов") long responses,
        @Schema(required = true) List<QuestionSummary> questions) {

    @Schema(name = "QuestionSummary")
    public record QuestionSummary(
            @Schema(required = true) String questionId,
            @Schema(required = true) String text,
            @Schema(required = true) QuestionType type,
            @Schema(required = true, description = "Сколько участников ответили") long answered,
            @Schema(required = true, description = "Число ответов по вариантам (для выбора, шкалы, компетенций)")
            List<AnswerCount> counts,
            @Schema(description = "Средняя оценка для шкалы") Double average) {
    }

    @Schema(name = "AnswerCount")
    public record AnswerCount(@Schema(required = true) String value, @Schema(required = true) String label,
            @Schema(required = true) long count) {
    }
}
