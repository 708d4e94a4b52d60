package ru.nastavnik.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchRunPage")
public record MatchRunPage(
        @Schema(required = true) List<MatchRunView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
