package ru.nastavnik.recognition;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorNominationStepInput", description = "Шаг выдвижения: отправка, отзыв или решение "
        + "муниципалитета и региона")
public record NominationStepInput(
        @Schema(description = "Версия выдвижения, которую видел пользователь", required = true) Integer version,
        @Schema(description = "Комментарий; при возврате на доработку и отказе региона обязателен")
        @Size(max = 2000, message = "Не длиннее 2000 символов") String comment) {
}
