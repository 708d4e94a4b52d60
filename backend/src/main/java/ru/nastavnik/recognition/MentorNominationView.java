package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ParticipantKind;

@Schema(name = "MentorNomination", description = "Выдвижение наставника в реестр, как его видит организация")
public record MentorNominationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) Mentor mentor,
        @Schema(required = true) MentorNominationStatus status,
        @Schema(required = true) String description,
        @Schema(required = true) String results,
        @Schema(required = true) String training,
        @Schema(required = true) String rewardsNote,
        @Schema(required = true, description = "Сведения из системы: у черновика и возвращённого — сейчас, у "
                + "отправленного — на момент отправки") MentorFacts facts,
        @Schema(description = "Согласие на публикацию, если оформлено") BestPracticeView.ConsentRecord consent,
        @Schema(description = "Что исправить, пока выдвижение возвращено") String returnComment,
        @Schema(description = "Комментарий последнего решения муниципалитета или региона") String decisionComment,
        Instant submittedAt,
        Instant includedAt,
        Instant recommendedAt,
        Instant regionalDecidedAt,
        Instant withdrawnAt,
        @Schema(required = true) List<MentorNominationAction> allowedActions,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "NominatedMentor")
    public record Mentor(
            @Schema(required = true) UUID participantId,
            @Schema(required = true) String fullName,
            @Schema(required = true) ParticipantKind kind,
            String position) {
    }
}
