package ru.nastavnik.recognition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BestPracticePage")
public record BestPracticePage(
        @Schema(required = true) List<BestPracticeSummary> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
