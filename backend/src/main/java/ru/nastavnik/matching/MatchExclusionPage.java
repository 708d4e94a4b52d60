package ru.nastavnik.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchExclusionPage")
public record MatchExclusionPage(
        @Schema(required = true) List<MatchExclusionView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
