package ru.nastavnik.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.org.SchoolKind;

/** The region's municipalities and organisations as the portal lists them: public facts of institutions only. */
public final class PortalDirectory {

    private PortalDirectory() {
    }

    @Schema(name = "PortalMunicipality")
    public record Municipality(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true, description = "Код ОКТМО") String oktmo) {
    }

    @Schema(name = "PortalMunicipalityPage")
    public record MunicipalityPage(
            @Schema(required = true) List<Municipality> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "PortalSchool", description = "Организация: без кураторов и участников")
    public record School(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID municipalityId,
            @Schema(required = true) String fullName,
            @Schema(required = true) String shortName,
            @Schema(required = true) SchoolKind kind,
            @Schema(required = true) String inn,
            @Schema(required = true) String address,
            String website,
            @Schema(required = true, description = "Организация больше не работает в программе: её нет в показателях")
            boolean archived,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "PortalSchoolPage")
    public record SchoolPage(
            @Schema(required = true) List<School> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
