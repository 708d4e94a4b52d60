package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.common.Role;

@Schema(name = "MentorNominationEvent", description = "Шаг выдвижения: кто, когда, что решил и почему")
public record MentorNominationEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) MentorNominationStatus fromStatus,
        @Schema(required = true) MentorNominationStatus toStatus,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "school — организация, municipal — муниципальный координатор, "
                + "regional — региональный") Role actorRole,
        @Schema(required = true) String actorName,
        String comment) {

    static MentorNominationEventView of(MentorNominationEvent e) {
        return new MentorNominationEventView(e.id, e.fromStatus, e.toStatus, e.at, Role.valueOf(e.actorRole),
                e.actorName, e.comment);
    }
}
