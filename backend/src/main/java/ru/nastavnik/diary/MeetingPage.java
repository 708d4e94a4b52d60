package ru.nastavnik.diary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingPage", description = "Страница встреч, новые сначала")
public record MeetingPage(
        @Schema(required = true) List<MeetingView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
