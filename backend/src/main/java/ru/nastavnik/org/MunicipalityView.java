package ru.nastavnik.org;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality", description = "Муниципальный район или округ")
public record MunicipalityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID regionId,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Код ОКТМО") String oktmo,
        @Schema(required = true, description = "Число организаций (без архивных)") long schoolCount,
        @Schema(required = true) int version) {
}
