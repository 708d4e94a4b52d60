package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.common.Role;

@Schema(name = "BestPracticeEvent", description = "Шаг рассмотрения практики: кто, когда, что решил и почему")
public record PracticeEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) BestPracticeStatus action,
        @Schema(required = true) BestPracticeStatus fromStatus,
        @Schema(required = true) BestPracticeStatus toStatus,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "school — организация, municipal — муниципальный координатор")
        Role actorRole,
        @Schema(required = true) String actorName,
        @Schema(required = true) String actorLogin,
        String comment) {

    static PracticeEventView of(PracticeEvent e) {
        return new PracticeEventView(e.id, e.action, e.fromStatus, e.toStatus, e.at, Role.valueOf(e.actorRole),
                e.actorName, e.actorLogin, e.comment);
    }
}
