package ru.nastavnik.org;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolInput")
public record SchoolInput(
        @NotNull(message = "Выберите муниципалитет") UUID municipalityId,
        @NotBlank(message = "Укажите полное наименование") @Size(max = 500, message = "Не длиннее 500 символов") String fullName,
        @NotBlank(message = "Укажите краткое наименование") @Size(max = 200, message = "Не длиннее 200 символов") String shortName,
        @NotNull(message = "Выберите тип организации") SchoolKind kind,
        @NotBlank(message = "Укажите ИНН") @Inn String inn,
        @NotBlank(message = "Укажите адрес") @Size(max = 500, message = "Не длиннее 500 символов") String address,
        @Size(max = 300, message = "Не длиннее 300 символов")
        @Pattern(regexp = "(https?://\\S+)?", message = "Адрес сайта начинается с http:// или https://") String website,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
