package ru.nastavnik.org;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolPage")
public record SchoolPage(
        @Schema(required = true) List<SchoolView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
