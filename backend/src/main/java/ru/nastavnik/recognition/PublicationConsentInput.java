package ru.nastavnik.recognition;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ConsentGiver;

@Schema(name = "PublicationConsentInput", description = "Согласие участника на публикацию практики; за "
        + "несовершеннолетнего — родителя или законного представителя")
public record PublicationConsentInput(
        @NotNull(message = "Выберите, что разрешено публиковать") Publication publication,
        @NotNull(message = "Укажите, кто дал согласие") ConsentGiver givenBy,
        @NotBlank(message = "Укажите ФИО давшего согласие") @Size(max = 300, message = "Не длиннее 300 символов") String giverName,
        @NotNull(message = "Укажите дату согласия")
        @PastOrPresent(message = "Дата согласия не может быть в будущем") LocalDate givenOn,
        @NotBlank(message = "Укажите реквизиты документа") @Size(max = 200, message = "Не длиннее 200 символов") String documentRef) {
}
