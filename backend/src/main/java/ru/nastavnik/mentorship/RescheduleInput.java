package ru.nastavnik.mentorship;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RescheduleInput", description = "Продление или сокращение срока действующей пары по взаимному согласию")
public record RescheduleInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @NotNull(message = "Укажите новую плановую дату окончания") LocalDate plannedEnd,
        @NotBlank(message = "Укажите причину изменения срока")
        @Size(max = 1000, message = "Не длиннее 1000 символов") String reason) {
}
