package ru.nastavnik.questionnaire;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "QuestionnaireTemplateInput")
public record TemplateInput(
        @NotBlank(message = "Укажите название анкеты") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Size(max = 2000, message = "Не длиннее 2000 символов") String description,
        @NotNull(message = "Укажите, кто заполняет анкету") Audience audience,
        @NotNull(message = "Укажите назначение анкеты") Purpose purpose,
        MentoringForm form,
        @NotEmpty(message = "Добавьте хотя бы один вопрос") @Size(max = 100, message = "Не больше 100 вопросов") List<Question> questions,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
