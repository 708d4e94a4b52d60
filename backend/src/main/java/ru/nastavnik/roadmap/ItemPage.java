package ru.nastavnik.roadmap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapItemPage")
public record ItemPage(
        @Schema(required = true) List<ItemView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
