package ru.nastavnik.roadmap;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapInput", description = "Дорожная карта на учебный год и документ, которым она утверждена")
public record RoadmapInput(
        @Schema(description = "Учебный год по году начала: 2026 — это 2026/2027")
        @NotNull(message = "Укажите учебный год") @Min(value = 2000, message = "Год — не раньше 2000")
        @Max(value = 2100, message = "Год — не позже 2100") Integer startYear,
        @Schema(description = "Название, например «Дорожная карта внедрения целевой модели наставничества»; при начале"
                + " по шаблону без названия берётся название шаблона")
        @Size(max = 500, message = "Не длиннее 500 символов") String title,
        @Schema(description = "Каким документом утверждена, например «Приказ директора» или «Приложение 2 к приказу"
                + " УО»")
        @Size(max = 300, message = "Не длиннее 300 символов") String approvalTitle,
        @Schema(description = "Номер документа об утверждении; указывается вместе с датой")
        @Size(max = 50, message = "Не длиннее 50 символов") String approvalNumber,
        @Schema(description = "Дата документа об утверждении; указывается вместе с номером") LocalDate approvalDate,
        @Schema(description = "Версия, которую видел пользователь; при изменении обязательна") Integer version) {
}
