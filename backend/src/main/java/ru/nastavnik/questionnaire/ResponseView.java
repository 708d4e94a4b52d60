package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "QuestionnaireResponse")
public record ResponseView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID templateId,
        @Schema(required = true) String templateTitle,
        @Schema(required = true) int templateVersionNo,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) String participantName,
        @Schema(required = true) ResponseChannel channel,
        @Schema(required = true) String enteredBy,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) Map<String, JsonNode> answers,
        @Schema(required = true, description = "Заменён более новым ответом на ту же анкету") boolean superseded) {

    static ResponseView of(QuestionnaireResponse r) {
        return new ResponseView(r.id, r.template.id, r.template.title, r.template.versionNo, r.participant.id,
                r.participant.fullName,
                r.channel, r.enteredBy, r.submittedAt, r.answers, r.supersededBy != null);
    }
}
