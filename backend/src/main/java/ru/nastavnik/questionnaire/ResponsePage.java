package ru.nastavnik.questionnaire;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionnaireResponsePage")
public record ResponsePage(
        @Schema(required = true) List<ResponseView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
