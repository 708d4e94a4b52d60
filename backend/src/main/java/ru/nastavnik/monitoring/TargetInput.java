package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TargetInput", description = "Целевое значение показателя на учебный год: создаётся или изменяется")
public record TargetInput(
        @NotNull(message = "Выберите показатель") Indicator indicator,
        @Schema(description = "Муниципалитет; без него — значение для всего региона") UUID municipalityId,
        @NotNull(message = "Укажите учебный год") @Schema(description = "Год начала учебного года: 2026 — это 2026/27")
        Integer startYear,
        @NotNull(message = "Укажите целевое значение")
        @Schema(description = "Проценты — от 0 до 100, средний балл — от 1 до 10, число — не меньше 0") BigDecimal value,
        @NotBlank(message = "Укажите номер документа, которым установлено значение")
        @Size(max = 50, message = "Не длиннее 50 символов") String documentNumber,
        @NotNull(message = "Укажите дату документа") LocalDate documentDate,
        @Size(max = 300, message = "Не длиннее 300 символов")
        @Schema(description = "Название документа, например «Об утверждении целевых показателей»") String documentTitle,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
