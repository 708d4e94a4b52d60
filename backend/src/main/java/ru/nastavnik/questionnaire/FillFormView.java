package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.CompetencyView;

/**
 * What the public fill page needs and nothing more: the questions, whom the questionnaire is for, the catalogue for
 * competency questions, and for a ranking question the names of the people one may rank.
 */
@Schema(name = "FillForm", description = "Анкета, открытая по личной ссылке")
public record FillFormView(
        @Schema(required = true) String title,
        String description,
        @Schema(required = true, description = "ФИО участника, для которого ссылка") String participantName,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true) List<Question> questions,
        @Schema(required = true, description = "Справочник для вопросов о компетенциях (пуст, если таких нет)")
        List<CompetencyView> competencies,
        @Schema(required = true, description = "Кого можно ранжировать (пусто, если ранжирования нет)")
        List<RankCandidate> candidates) {

    @Schema(name = "RankCandidate")
    public record RankCandidate(@Schema(required = true) UUID id, @Schema(required = true) String fullName) {
    }
}
