package ru.nastavnik.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionInput")
public record RegionInput(
        @NotBlank(message = "Укажите название региона") @Size(max = 200, message = "Не длиннее 200 символов") String name,
        @NotBlank(message = "Укажите код региона") @Pattern(regexp = "\\d{2,3}", message = "Код региона: 2–3 цифры") String code,
        @Schema(description = "Версия, на которой основано изменение") Integer version) {
}
