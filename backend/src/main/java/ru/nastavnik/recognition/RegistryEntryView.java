package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ParticipantKind;

@Schema(name = "MentorRegistryEntry", description = "Наставник в реестре или на рассмотрении, как его видят "
        + "муниципалитет и регион: ФИО — только если согласие на публикацию это разрешает; ни идентификатора "
        + "участника, ни даты рождения, ни контактов, ни реквизитов согласия")
public record RegistryEntryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String schoolName,
        @Schema(required = true) UUID municipalityId,
        @Schema(required = true) String municipalityName,
        @Schema(required = true) MentorNominationStatus status,
        @Schema(description = "ФИО, если согласие на публикацию разрешает; иначе нет") String fullName,
        @Schema(required = true) ParticipantKind mentorKind,
        @Schema(required = true) String description,
        @Schema(required = true) String results,
        @Schema(required = true) String training,
        @Schema(required = true) String rewardsNote,
        @Schema(required = true) MentorFacts facts,
        @Schema(description = "Комментарий последнего решения") String decisionComment,
        Instant submittedAt,
        Instant includedAt,
        Instant recommendedAt,
        Instant regionalDecidedAt,
        @Schema(required = true) List<MentorNominationAction> allowedActions,
        @Schema(required = true) int version) {

    static RegistryEntryView of(PublishedNominationRow r, List<MentorNominationAction> actions) {
        return new RegistryEntryView(r.id, r.schoolId, r.schoolName, r.municipalityId, r.municipalityName, r.status,
                r.fullName, r.mentorKind, r.description, r.results, r.training, r.rewardsNote, r.facts(),
                r.decisionComment, r.submittedAt, r.includedAt, r.recommendedAt, r.regionalDecidedAt, actions,
                r.version);
    }
}
