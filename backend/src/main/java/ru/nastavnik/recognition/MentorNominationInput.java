package ru.nastavnik.recognition;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorNominationInput", description = "Изменение черновика или возвращённого выдвижения")
public record MentorNominationInput(
        @Schema(description = "Версия выдвижения, которую видел пользователь", required = true) Integer version,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String description,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String results,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String training,
        @Size(max = 4000, message = "Не длиннее 4000 символов") String rewardsNote) {
}
