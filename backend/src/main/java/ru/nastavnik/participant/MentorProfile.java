package ru.nastavnik.participant;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorProfile", description = "Анкета наставника: с чем может помочь, сколько наставляемых берёт")
public record MentorProfile(
        @Schema(description = "Коды компетенций из справочника") List<String> competencies,
        @Min(value = 1, message = "Не меньше одного наставляемого") @Max(value = 30, message = "Не больше 30 наставляемых") Integer capacity,
        @Size(max = 500, message = "Не длиннее 500 символов") String availability,
        List<MentoringForm> formsAccepted,
        TrainingStatus trainingStatus,
        @Size(max = 300, message = "Не длиннее 300 символов") String certificate) {
}
