package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Competency", description = "Компетенция из общего справочника")
public record CompetencyView(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) String area) {
}
