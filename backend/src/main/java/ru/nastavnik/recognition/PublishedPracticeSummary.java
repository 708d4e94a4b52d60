package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

@Schema(name = "PublishedBestPracticeSummary", description = "Лучшая практика в списке муниципалитета или региона")
public record PublishedPracticeSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String schoolName,
        @Schema(required = true) UUID municipalityId,
        @Schema(required = true) String municipalityName,
        @Schema(required = true) String title,
        @Schema(required = true) MentoringForm form,
        @Schema(required = true) MentorshipKind kind,
        @Schema(required = true) BestPracticeStatus status,
        Instant submittedAt,
        Instant acceptedAt,
        Instant recommendedAt) {

    static PublishedPracticeSummary of(PublishedPractice p) {
        return new PublishedPracticeSummary(p.id, p.schoolId, p.schoolName, p.municipalityId, p.municipalityName,
                p.title, p.form, p.kind, p.status, p.submittedAt, p.acceptedAt, p.recommendedAt);
    }
}
