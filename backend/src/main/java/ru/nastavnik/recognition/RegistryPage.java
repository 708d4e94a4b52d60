package ru.nastavnik.recognition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorRegistryPage")
public record RegistryPage(
        @Schema(required = true) List<RegistryEntryView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
