package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ConsentGiver;

@Schema(name = "SideAgreement", description = "Согласие одной стороны пары, как оно записано")
public record SideAgreement(
        @Schema(required = true) UUID participantId,
        @Schema(required = true, description = "ФИО участника на день согласия") String participantName,
        @Schema(required = true) PairSide side,
        @Schema(required = true) ConsentGiver givenBy,
        @Schema(required = true) String giverName,
        @Schema(required = true) LocalDate agreedOn) {

    /** As the history stores it: the date as an ISO string, so that the JSON needs no date support to read. */
    record Stored(UUID participantId, String participantName, PairSide side, ConsentGiver givenBy, String giverName,
            String agreedOn) {

        SideAgreement view() {
            return new SideAgreement(participantId, participantName, side, givenBy, giverName,
                    LocalDate.parse(agreedOn));
        }

        static Stored of(SideAgreement a) {
            return new Stored(a.participantId(), a.participantName(), a.side(), a.givenBy(), a.giverName(),
                    a.agreedOn().toString());
        }
    }
}
