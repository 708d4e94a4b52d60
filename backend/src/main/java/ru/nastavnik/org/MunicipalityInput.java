package ru.nastavnik.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityInput")
public record MunicipalityInput(
        @NotBlank(message = "Укажите название муниципалитета") @Size(max = 300, message = "Не длиннее 300 символов") String name,
        @NotBlank(message = "Укажите код ОКТМО") @Pattern(regexp = "\\d{8}|\\d{11}", message = "Код ОКТМО состоит из 8 или 11 цифр") String oktmo,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
