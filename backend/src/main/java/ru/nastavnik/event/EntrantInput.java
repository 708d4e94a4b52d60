package ru.nastavnik.event;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.recognition.PublicationConsentInput;

@Schema(name = "EntrantInput", description = "Заявка участника мероприятия: наставник, пара (группа) или лучшая"
        + " практика организации. Организатор-муниципалитет или регион заявляет только опубликованные практики своих"
        + " организаций")
public record EntrantInput(
        @NotNull(message = "Выберите, кто участвует") EntrantKind kind,
        @Schema(description = "Наставник (для MENTOR)") UUID participantId,
        @Schema(description = "Пара или группа (для MENTORSHIP)") UUID mentorshipId,
        @Schema(description = "Лучшая практика (для PRACTICE)") UUID practiceId,
        @Schema(description = "Номинация мероприятия") UUID nominationId,
        @Schema(description = "Согласие наставника на публикацию его имени в итогах; без него имя видно только своей"
                + " организации. Только для MENTOR и MENTORSHIP")
        @Valid PublicationConsentInput consent) {
}
