package ru.nastavnik.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.monitoring.Indicator;

@Schema(name = "CampaignInput", description = "Отчётная кампания мониторинга: период, срок сдачи и показатели")
public record CampaignInput(
        @NotBlank(message = "Укажите название кампании") @Size(max = 300, message = "Не длиннее 300 символов")
        @Schema(example = "Мониторинг за I полугодие 2026/27") String title,
        @Schema(description = "Учебный год по году начала (2026 — 2026/27); либо он, либо полугодие") Integer year,
        @Schema(description = "Полугодие: 2026-1 — I полугодие 2026/27, 2026-2 — II", example = "2026-1") String half,
        @NotNull(message = "Укажите срок сдачи отчётов") LocalDate dueOn,
        @NotEmpty(message = "Выберите хотя бы один показатель")
        @Size(max = 30, message = "Не больше 30 показателей") List<@NotNull(message = "Выберите показатель") Indicator> indicators) {
}
