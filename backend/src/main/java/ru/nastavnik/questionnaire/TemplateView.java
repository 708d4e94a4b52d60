package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "QuestionnaireTemplate", description = "Версия анкеты")
public record TemplateView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID familyId,
        @Schema(required = true) int versionNo,
        @Schema(required = true) TemplateStatus status,
        @Schema(required = true) TemplateOwner owner,
        UUID schoolId,
        @Schema(required = true) String title,
        String description,
        @Schema(required = true) Audience audience,
        @Schema(required = true) Purpose purpose,
        MentoringForm form,
        @Schema(required = true) List<Question> questions,
        @Schema(required = true, description = "Может ли пользователь менять эту анкету") boolean editable,
        @Schema(required = true) Instant createdAt,
        Instant publishedAt,
        @Schema(required = true) int version) {
}
