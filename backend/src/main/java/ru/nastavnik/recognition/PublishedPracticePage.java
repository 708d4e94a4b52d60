package ru.nastavnik.recognition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishedBestPracticePage")
public record PublishedPracticePage(
        @Schema(required = true) List<PublishedPracticeSummary> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
