package ru.nastavnik.roadmap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapPage")
public record RoadmapPage(
        @Schema(required = true) List<RoadmapView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
