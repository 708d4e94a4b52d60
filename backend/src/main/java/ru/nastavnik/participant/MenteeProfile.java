package ru.nastavnik.participant;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MenteeProfile", description = "Запрос наставляемого: с чем нужна помощь")
public record MenteeProfile(
        @Schema(description = "Коды компетенций из справочника") List<String> requests,
        @Size(max = 2000, message = "Не длиннее 2000 символов") String difficulties,
        List<MentoringForm> desiredForms,
        @Size(max = 500, message = "Не длиннее 500 символов") @Schema(description = "Когда свободен для встреч")
        String availability) {
}
