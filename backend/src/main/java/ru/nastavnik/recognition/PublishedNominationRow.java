package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.participant.TrainingStatus;

/**
 * A nomination as it leaves the school (the views mentor_nomination_review and mentor_registry): no participant's id,
 * and the name only where the consent to publish allows it.
 */
@MappedSuperclass
public abstract class PublishedNominationRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "school_name")
    public String schoolName;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "municipality_name")
    public String municipalityName;

    @Column(name = "region_id")
    public UUID regionId;

    @Enumerated(EnumType.STRING)
    public MentorNominationStatus status;

    /** Null unless the consent to publish allows the name. */
    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_kind")
    public ParticipantKind mentorKind;

    public String description;

    public String results;

    public String training;

    @Column(name = "rewards_note")
    public String rewardsNote;

    @Column(name = "completed_pairs")
    public Integer completedPairs;

    @Column(name = "effective_pairs")
    public Integer effectivePairs;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status")
    public TrainingStatus trainingStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<MentorFacts.RewardFact> rewards;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "included_at")
    public Instant includedAt;

    @Column(name = "recommended_at")
    public Instant recommendedAt;

    @Column(name = "regional_decided_at")
    public Instant regionalDecidedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public int version;

    MentorFacts facts() {
        return new MentorFacts(completedPairs == null ? 0 : completedPairs, effectivePairs == null ? 0 : effectivePairs,
                trainingStatus == null ? TrainingStatus.NONE : trainingStatus, rewards == null ? List.of() : rewards);
    }
}
