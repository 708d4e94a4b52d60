package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as a curator may see them: without a valid consent, nothing but the name, the kind and roles. */
@Schema(name = "Participant")
public record ParticipantView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true) String fullName,
        @Schema(required = true) boolean mentorCandidate,
        @Schema(required = true) boolean menteeCandidate,
        @Schema(required = true) ConsentStatus consentStatus,
        @Schema(description = "Несовершеннолетний на сегодня; не известно без даты рождения") Boolean minor,
        String externalId,
        LocalDate birthDate,
        String gradeOrPosition,
        String subject,
        Integer experienceYears,
        String email,
        String phone,
        MentorProfile mentorProfile,
        MenteeProfile menteeProfile,
        @Schema(description = "Кого участник хотел бы в пару, по убыванию предпочтения (из анкеты после общей встречи)")
        List<UUID> preferences,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) int version) {

    public static ParticipantView of(Participant p, ConsentStatus status) {
        if (status != ConsentStatus.VALID) {
            return new ParticipantView(p.id, p.school.id, p.kind, p.fullName, p.mentorCandidate, p.menteeCandidate,
                    status, null, null, null, null, null, null, null, null, null, null, null, p.createdAt, p.version);
        }
        Boolean minor = p.birthDate == null ? null : ParticipantRules.minorOn(p.birthDate, LocalDate.now());
        MentorProfile mentor = p.mentorCandidate ? new MentorProfile(p.competencies, p.capacity, p.availability,
                p.formsAccepted.stream().map(MentoringForm::valueOf).toList(), p.trainingStatus, p.certificate) : null;
        MenteeProfile mentee = p.menteeCandidate ? new MenteeProfile(p.requests, p.difficulties,
                p.desiredForms.stream().map(MentoringForm::valueOf).toList(), p.availability) : null;
        return new ParticipantView(p.id, p.school.id, p.kind, p.fullName, p.mentorCandidate, p.menteeCandidate,
                status, minor, p.externalId, p.birthDate, p.gradeOrPosition, p.subject, p.experienceYears, p.email,
                p.phone, mentor, mentee, p.preferences, p.createdAt, p.version);
    }
}
