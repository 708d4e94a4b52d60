package ru.nastavnik.questionnaire;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionnaireTemplatePage")
public record TemplatePage(
        @Schema(required = true) List<TemplateView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
