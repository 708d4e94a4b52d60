package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

@Schema(name = "PublishedBestPractice", description = "Лучшая практика в том виде, в каком её видят муниципалитет и "
        + "регион: без идентификаторов участников, дат рождения, контактов и документов согласий; названы только те, "
        + "чьё согласие на публикацию это разрешает, и показаны только материалы, на которых нет других")
public record PublishedPracticeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String schoolName,
        @Schema(required = true) UUID municipalityId,
        @Schema(required = true) String municipalityName,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) String results,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true) MentorshipKind kind,
        @Schema(required = true) int menteeCount,
        LocalDate startedOn,
        LocalDate endedOn,
        @Schema(required = true) BestPracticeStatus status,
        Instant submittedAt,
        Instant acceptedAt,
        Instant recommendedAt,
        @Schema(required = true, description = "Названные участники") List<Person> people,
        @Schema(required = true) List<Material> attachments,
        @Schema(required = true, description = "Что вызывающий может сделать с практикой сейчас")
        List<BestPracticeAction> allowedActions,
        @Schema(required = true) int version) {

    @Schema(name = "PublishedPerson", description = "Участник, чьё согласие разрешает назвать его")
    public record Person(
            @Schema(required = true) PracticeRole role,
            @Schema(required = true) String fullName) {
    }

    @Schema(name = "PublishedAttachment", description = "Опубликованный материал практики")
    public record Material(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Подпись организации или «Приложение N»") String title,
            @Schema(required = true, description = "Имя файла при скачивании") String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) long size) {
    }
}
