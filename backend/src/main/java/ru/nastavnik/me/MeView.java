package ru.nastavnik.me;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.common.Role;

@Schema(name = "Me", description = "Кто вызывает API: роль и область доступа")
public record MeView(
        @Schema(required = true) String username,
        @Schema(required = true) String fullName,
        @Schema(required = true) Role role,
        @Schema(required = true) UUID regionId,
        @Schema(required = true) String regionName,
        UUID municipalityId,
        String municipalityName,
        UUID schoolId,
        String schoolName) {
}
