package ru.nastavnik.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.recognition.Publication;

@Schema(name = "Entrant", description = "Участник мероприятия. За пределами своей организации имя наставника видно"
        + " только с его согласием на публикацию, имя несовершеннолетнего из пары — никогда; идентификаторы людей,"
        + " пар и практик — только своей организации")
public record EntrantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) EntrantKind kind,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String schoolName,
        @Schema(description = "ФИО наставника (наставника пары) или название практики; нет — если публиковать нельзя")
        String title,
        MentoringForm form,
        UUID nominationId,
        String nominationTitle,
        EntrantResult result,
        Integer place,
        @Schema(required = true) Publication publication,
        @Schema(description = "Своей организации: наставник") UUID participantId,
        @Schema(description = "Своей организации: пара (группа)") UUID mentorshipId,
        @Schema(description = "Своей организации: практика") UUID practiceId,
        @Schema(required = true) Instant enteredAt,
        @Schema(required = true) int version) {

    @Schema(name = "EntrantList", description = "Участники мероприятия: победители, затем призёры, затем остальные")
    public record Listing(@Schema(required = true) List<EntrantView> items) {
    }
}
