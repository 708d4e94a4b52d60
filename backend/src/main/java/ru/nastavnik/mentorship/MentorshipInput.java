package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

@Schema(name = "MentorshipInput", description = "Новая наставническая пара (один наставляемый) или группа (несколько)")
public record MentorshipInput(
        @NotNull(message = "Выберите форму наставничества") MentoringForm form,
        @NotNull(message = "Выберите вид наставничества") MentorshipKind kind,
        @NotNull(message = "Выберите наставника") UUID mentorId,
        @NotEmpty(message = "Выберите хотя бы одного наставляемого")
        @Size(max = 30, message = "В группе может быть не больше 30 наставляемых")
        List<@NotNull(message = "Выберите наставляемого") UUID> menteeIds,
        @NotNull(message = "Укажите плановую дату начала") LocalDate plannedStart,
        @Schema(description = "Плановая дата окончания: от 3 до 12 месяцев после начала")
        @NotNull(message = "Укажите плановую дату окончания") LocalDate plannedEnd) {
}
