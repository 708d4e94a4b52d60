package ru.nastavnik.participant;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParticipantPage")
public record ParticipantPage(
        @Schema(required = true) List<ParticipantView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
