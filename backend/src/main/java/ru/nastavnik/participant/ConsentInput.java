package ru.nastavnik.participant;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentInput", description = "Согласие на обработку персональных данных")
public record ConsentInput(
        @NotNull(message = "Укажите, кто дал согласие") ConsentGiver givenBy,
        @NotBlank(message = "Укажите ФИО давшего согласие") @Size(max = 300, message = "Не длиннее 300 символов") String giverName,
        @NotNull(message = "Укажите дату согласия") @PastOrPresent(message = "Дата согласия не может быть в будущем") LocalDate givenOn,
        @NotBlank(message = "Укажите цели и объём обработки") @Size(max = 500, message = "Не длиннее 500 символов") String scope,
        @NotBlank(message = "Укажите реквизиты документа") @Size(max = 200, message = "Не длиннее 200 символов") String documentRef,
        @Schema(description = "Дата рождения участника: нужна, чтобы понять, кто может дать согласие за обучающегося")
        @PastOrPresent(message = "Дата рождения не может быть в будущем") LocalDate birthDate) {
}
