package ru.nastavnik.mentorship;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorshipPage")
public record MentorshipPage(
        @Schema(required = true) List<MentorshipView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
