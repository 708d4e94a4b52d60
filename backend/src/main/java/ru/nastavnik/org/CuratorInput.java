package ru.nastavnik.org;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CuratorInput")
public record CuratorInput(
        @NotBlank(message = "Укажите ФИО") @Size(max = 300, message = "Не длиннее 300 символов") String fullName,
        @NotBlank(message = "Укажите должность") @Size(max = 200, message = "Не длиннее 200 символов") String position,
        @Email(message = "Неверный адрес электронной почты") @Size(max = 200, message = "Не длиннее 200 символов") String email,
        @Pattern(regexp = "([+0-9()\\- ]{5,30})?", message = "Телефон: цифры, пробелы, скобки, дефис и +") String phone,
        @NotBlank(message = "Укажите номер приказа") @Size(max = 50, message = "Не длиннее 50 символов") String orderNumber,
        @NotNull(message = "Укажите дату приказа") @PastOrPresent(message = "Дата приказа не может быть в будущем") LocalDate orderDate,
        @Size(max = 100, message = "Не длиннее 100 символов") @Pattern(regexp = "([A-Za-z0-9._@-]+)?", message = "Логин: латинские буквы, цифры, точка, дефис, @") String username,
        @Schema(description = "Версия, на которой основано изменение; не нужна при создании") Integer version) {
}
