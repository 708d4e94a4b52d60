package ru.nastavnik.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContingentInput")
public record ContingentInput(
        @NotNull(message = "Укажите число обучающихся") @PositiveOrZero(message = "Не может быть отрицательным") @Max(value = 1_000_000, message = "Слишком большое значение") Integer pupils,
        @NotNull(message = "Укажите число педагогов") @PositiveOrZero(message = "Не может быть отрицательным") @Max(value = 100_000, message = "Слишком большое значение") Integer teachers,
        @NotNull(message = "Укажите число молодых педагогов") @PositiveOrZero(message = "Не может быть отрицательным") @Max(value = 100_000, message = "Слишком большое значение") Integer youngTeachers,
        @NotNull(message = "Укажите число обучающихся доп. образования") @PositiveOrZero(message = "Не может быть отрицательным") @Max(value = 1_000_000, message = "Слишком большое значение") Integer additionalPupils,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
