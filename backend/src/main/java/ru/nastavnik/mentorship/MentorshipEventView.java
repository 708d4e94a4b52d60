package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorshipEvent", description = "Запись истории пары: кто, когда, что изменил и почему")
public record MentorshipEventView(
        @Schema(required = true) UUID id,
        @Schema(required = true) MentorshipEventKind kind,
        MentorshipStatus fromStatus,
        MentorshipStatus toStatus,
        @Schema(required = true) Instant at,
        @Schema(description = "С какого дня изменение действует") LocalDate effectiveOn,
        @Schema(required = true) String actorName,
        @Schema(required = true) String actorLogin,
        TerminationReason reason,
        String comment,
        LocalDate oldEnd,
        LocalDate newEnd,
        MentorshipView.OrderRef order,
        @Schema(description = "Наставляемый, которого касается запись") UUID participantId,
        String participantName,
        @Schema(description = "Кто согласился на изменение срока: наставник и каждый наставляемый")
        List<SideAgreement> agreements) {

    static MentorshipEventView of(MentorshipEvent e) {
        MentorshipView.OrderRef order = e.order == null ? null
                : new MentorshipView.OrderRef(e.order.id, e.order.number, e.order.date);
        return new MentorshipEventView(e.id, e.kind, e.fromStatus, e.toStatus, e.at, e.effectiveOn, e.actorName,
                e.actorLogin, e.reason, e.comment, e.oldEnd, e.newEnd, order,
                e.participant == null ? null : e.participant.id, e.participant == null ? null : e.participant.fullName,
                e.agreements == null ? null : e.agreements.stream().map(SideAgreement.Stored::view).toList());
    }
}
