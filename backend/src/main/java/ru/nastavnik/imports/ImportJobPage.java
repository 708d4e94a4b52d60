package ru.nastavnik.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJobPage")
public record ImportJobPage(@Schema(required = true) List<ImportJobView> items, @Schema(required = true) long total,
        @Schema(required = true) int page, @Schema(required = true) int size) {
}
