package ru.nastavnik.diary;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A diary link as the curator sees it. The token and the address are shown once, in the answer that creates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DiaryLink")
public record DiaryLinkView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID mentorshipId,
        @Schema(required = true) DiaryLinkStatus status,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt,
        Instant revokedAt,
        @Schema(description = "Когда наставник последний раз открывал дневник по ссылке") Instant lastUsedAt,
        @Schema(description = "Только в ответе на создание: секрет ссылки") String token,
        @Schema(description = "Только в ответе на создание: адрес дневника") String url) {

    static DiaryLinkView of(DiaryLink l, Instant now) {
        return withSecret(l, now, null, null);
    }

    static DiaryLinkView withSecret(DiaryLink l, Instant now, String token, String url) {
        return new DiaryLinkView(l.id, l.mentorship.id, status(l, now), l.createdBy, l.createdAt, l.expiresAt,
                l.revokedAt, l.lastUsedAt, token, url);
    }

    static DiaryLinkStatus status(DiaryLink l, Instant now) {
        if (l.revokedAt != null) {
            return DiaryLinkStatus.REVOKED;
        }
        return l.expiresAt.isAfter(now) ? DiaryLinkStatus.ACTIVE : DiaryLinkStatus.EXPIRED;
    }
}
