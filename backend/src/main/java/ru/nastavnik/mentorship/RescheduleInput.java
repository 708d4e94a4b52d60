package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RescheduleInput", description = "Продление или сокращение срока действующей пары по взаимному согласию")
public record RescheduleInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @NotNull(message = "Укажите новую плановую дату окончания") LocalDate plannedEnd,
        @NotBlank(message = "Укажите причину изменения срока")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String reason,
        @Schema(description = "Согласие наставника и каждого наставляемого (за несовершеннолетнего — родителя или "
                + "законного представителя) на новый срок", required = true)
        @NotEmpty(message = "Укажите согласие наставника и каждого наставляемого на новый срок")
        @Size(max = 100, message = "Не больше 100 согласий")
        List<@NotNull(message = "Укажите согласие") @Valid SideAgreementInput> agreements) {
}
