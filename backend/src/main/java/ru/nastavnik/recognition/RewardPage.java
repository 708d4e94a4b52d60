package ru.nastavnik.recognition;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RewardPage")
public record RewardPage(
        @Schema(required = true) List<RewardView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
