package ru.nastavnik.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.recognition.BestPracticeStatus;
import ru.nastavnik.recognition.PracticeRole;

/** A published best practice as the portal shows it: what the consents to publish allow, and no ids of people. */
public final class PortalPractice {

    private PortalPractice() {
    }

    @Schema(name = "PortalBestPractice", description = "Лучшая практика, принятая в муниципальный банк или"
            + " рекомендованная региону: названы только те, чьё согласие на публикацию это разрешает, и показаны"
            + " только материалы, на которых нет других")
    public record View(
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
            @Schema(required = true, description = "Число наставляемых; от 1 до 4 — скрыто") PortalValue mentees,
            LocalDate startedOn,
            LocalDate endedOn,
            @Schema(required = true, description = "ACCEPTED или RECOMMENDED") BestPracticeStatus status,
            @Schema(required = true) Instant acceptedAt,
            Instant recommendedAt,
            @Schema(required = true, description = "Названные участники") List<Person> people,
            @Schema(required = true) List<Material> materials) {
    }

    @Schema(name = "PortalBestPracticeSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID schoolId,
            @Schema(required = true) String schoolName,
            @Schema(required = true) UUID municipalityId,
            @Schema(required = true) String municipalityName,
            @Schema(required = true) String title,
            @Schema(required = true) MentoringForm form,
            @Schema(required = true) MentorshipKind kind,
            @Schema(required = true) BestPracticeStatus status,
            @Schema(required = true) Instant acceptedAt,
            Instant recommendedAt) {
    }

    @Schema(name = "PortalBestPracticePage")
    public record Page(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }

    @Schema(name = "PortalPerson", description = "Участник, чьё согласие разрешает назвать его")
    public record Person(@Schema(required = true) PracticeRole role, @Schema(required = true) String fullName) {
    }

    @Schema(name = "PortalMaterial", description = "Опубликованный материал; скачивается по адресу content")
    public record Material(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "Подпись организации или «Приложение N»") String title,
            @Schema(required = true) String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) long size,
            @Schema(required = true, example = "/api/portal/v1/best-practices/…/materials/…") String content) {
    }
}
