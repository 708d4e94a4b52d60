package ru.nastavnik.participant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawalInput", description = "Отзыв согласия")
public record WithdrawalInput(
        @NotNull(message = "Укажите дату отзыва") @PastOrPresent(message = "Дата отзыва не может быть в будущем") LocalDate withdrawnOn,
        @Size(max = 500, message = "Не длиннее 500 символов") String reason) {
}
