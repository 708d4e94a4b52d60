package ru.nastavnik.mentorship;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivationInput", description = "Начало работы утверждённой пары")
public record ActivationInput(
        @Schema(description = "Версия пары, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Когда пара начала работу; по умолчанию сегодня")
        @PastOrPresent(message = "Дата начала работы не может быть в будущем") LocalDate startedOn) {
}
