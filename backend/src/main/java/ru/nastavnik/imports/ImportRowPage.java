package ru.nastavnik.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportRowPage")
public record ImportRowPage(@Schema(required = true) List<ImportRowView> items, @Schema(required = true) long total,
        @Schema(required = true) int page, @Schema(required = true) int size) {
}
