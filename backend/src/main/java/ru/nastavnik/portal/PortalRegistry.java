package ru.nastavnik.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.participant.TrainingStatus;
import ru.nastavnik.recognition.RewardKind;

/** The published mentor registry as the portal shows it: what the mentors' consents to publish allow. */
public final class PortalRegistry {

    private PortalRegistry() {
    }

    @Schema(name = "PortalRegistryLevel", description = "MUNICIPAL — в муниципальном реестре, REGIONAL — также в "
            + "региональном")
    public enum Level {
        MUNICIPAL, REGIONAL
    }

    @Schema(name = "PortalMentor", description = "Наставник реестра: ФИО — только если его согласие на публикацию это "
            + "разрешает; ни идентификатора участника, ни даты рождения, ни контактов. Числа пар от 1 до 4 скрыты")
    public record Mentor(
            @Schema(required = true, description = "Идентификатор записи реестра, не участника") UUID id,
            @Schema(required = true) UUID schoolId,
            @Schema(required = true) String schoolName,
            @Schema(required = true) UUID municipalityId,
            @Schema(required = true) String municipalityName,
            @Schema(required = true) Level level,
            @Schema(description = "ФИО; нет, если согласие разрешает публикацию без имени") String fullName,
            @Schema(required = true) ParticipantKind mentorKind,
            @Schema(required = true) String description,
            @Schema(required = true) String results,
            @Schema(required = true) String training,
            @Schema(required = true) String rewardsNote,
            @Schema(required = true, description = "Завершённые пары и группы") PortalValue completedPairs,
            @Schema(required = true, description = "Из них результативные") PortalValue effectivePairs,
            @Schema(required = true) TrainingStatus trainingStatus,
            @Schema(required = true) List<Reward> rewards,
            @Schema(required = true) Instant includedAt,
            Instant regionalIncludedAt) {
    }

    @Schema(name = "PortalMentorReward")
    public record Reward(
            @Schema(required = true) RewardKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate awardedOn) {
    }

    @Schema(name = "PortalRegistryPage")
    public record Page(
            @Schema(required = true) List<Mentor> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {
    }
}
