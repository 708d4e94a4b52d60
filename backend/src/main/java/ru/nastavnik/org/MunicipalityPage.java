package ru.nastavnik.org;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityPage")
public record MunicipalityPage(
        @Schema(required = true) List<MunicipalityView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
