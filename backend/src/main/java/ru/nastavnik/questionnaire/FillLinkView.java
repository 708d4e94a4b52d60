package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A fill link as the curator sees it. The token and the address are shown once, in the answer that creates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FillLink")
public record FillLinkView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) UUID templateId,
        @Schema(required = true) String templateTitle,
        @Schema(required = true) FillLinkStatus status,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt,
        Instant usedAt,
        Instant revokedAt,
        @Schema(description = "Только в ответе на создание: секрет ссылки") String token,
        @Schema(description = "Только в ответе на создание: адрес страницы заполнения") String url) {

    static FillLinkView of(FillLink l, Instant now) {
        return withSecret(l, now, null, null);
    }

    static FillLinkView withSecret(FillLink l, Instant now, String token, String url) {
        return new FillLinkView(l.id, l.participant.id, l.template.id, l.template.title, l.status(now), l.createdBy,
                l.createdAt, l.expiresAt, l.usedAt, l.revokedAt, token, url);
    }
}
