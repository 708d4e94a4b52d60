package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapProgress", description = "Ход выполнения дорожных карт учебного года: места и уровня ниже")
public record ProgressView(
        @Schema(required = true) RoadmapLevel level,
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true) int startYear,
        @Schema(required = true, description = "На какой день считаны просроченные (по Москве)") LocalDate asOf,
        @Schema(required = true, description = "Есть ли у самого места дорожная карта на этот год") boolean hasRoadmap,
        @Schema(required = true, description = "Мероприятия дорожной карты самого места") ProgressCounts own,
        @Schema(required = true, description = "Муниципалитету — его организации; региону — его муниципалитеты;"
                + " организации — пусто") List<Unit> units,
        @Schema(description = "Региону — организации всех муниципалитетов вместе") Schools schools) {

    @Schema(name = "RoadmapProgressUnit")
    public record Unit(
            @Schema(required = true) RoadmapLevel level,
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) boolean hasRoadmap,
            @Schema(required = true) ProgressCounts progress,
            @Schema(description = "Региону — организации этого муниципалитета") Schools schools) {
    }

    @Schema(name = "RoadmapProgressSchools", description = "Организации вместе: сколько их, у скольких есть дорожная"
            + " карта на год, и мероприятия всех их карт")
    public record Schools(
            @Schema(required = true) int schools,
            @Schema(required = true) int withRoadmap,
            @Schema(required = true) ProgressCounts progress) {
    }
}
