package ru.nastavnik.recognition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorNominationPage")
public record MentorNominationPage(
        @Schema(required = true) List<MentorNominationSummary> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
