package ru.nastavnik.org;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "Регион (субъект РФ)")
public record RegionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Код субъекта РФ") String code,
        @Schema(required = true) int version) {

    static RegionView of(Region r) {
        return new RegionView(r.id, r.name, r.code, r.version);
    }
}
