package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent")
public record ConsentView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID participantId,
        @Schema(required = true) ConsentGiver givenBy,
        @Schema(required = true) String giverName,
        @Schema(required = true) LocalDate givenOn,
        @Schema(required = true) String scope,
        @Schema(required = true) String documentRef,
        LocalDate withdrawnOn,
        String withdrawalReason) {

    static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.participant.id, c.givenBy, c.giverName, c.givenOn, c.scope, c.documentRef,
                c.withdrawnOn, c.withdrawalReason);
    }
}
