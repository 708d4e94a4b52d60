package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ParticipantKind;

@Schema(name = "Reward", description = "Награда участника")
public record RewardView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) String participantName,
        @Schema(required = true) ParticipantKind participantKind,
        @Schema(required = true) RewardKind kind,
        String otherKind,
        @Schema(required = true) String title,
        @Schema(required = true) LocalDate awardedOn,
        @Schema(required = true) String awardedBy,
        String documentRef,
        UUID mentorshipId,
        @Schema(description = "Мероприятие, по итогам которого награда; такая награда меняется только вместе с итогами")
        UUID eventId,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) int version) {

    static RewardView of(Reward r) {
        return new RewardView(r.id, r.school.id, r.participant.id, r.participant.fullName, r.participant.kind, r.kind,
                r.otherKind, r.title, r.awardedOn, r.awardedBy, r.documentRef,
                r.mentorship == null ? null : r.mentorship.id, r.eventId, r.createdBy, r.createdAt, r.version);
    }
}
