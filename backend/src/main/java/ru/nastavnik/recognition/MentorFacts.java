package ru.nastavnik.recognition;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.TrainingStatus;

/** What the system itself knows of a mentor's work: filled from the pairs, the profile and the rewards, never typed. */
@Schema(name = "MentorFacts", description = "Сведения о наставнике из системы: завершённые пары, результативные из них, "
        + "обучение по профилю наставника, награды. У отправленного выдвижения — на момент отправки")
public record MentorFacts(
        @Schema(required = true, description = "Завершённые пары и группы, где участник — наставник") int completedPairs,
        @Schema(required = true, description = "Из них завершённые с итогом «Результативно»") int effectivePairs,
        @Schema(required = true) TrainingStatus trainingStatus,
        @Schema(required = true) List<RewardFact> rewards) {

    @Schema(name = "MentorRewardFact", description = "Награда наставника из раздела «Награды»")
    public record RewardFact(
            @Schema(required = true) RewardKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate awardedOn,
            @Schema(required = true) String awardedBy) {
    }
}
