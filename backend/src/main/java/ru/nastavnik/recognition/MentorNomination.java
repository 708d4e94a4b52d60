package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.participant.TrainingStatus;

/** A school's nomination of one of its mentors to the mentor registry, with the mentor's consent to publish. */
@Entity
@Table(name = "mentor_nomination")
public class MentorNomination extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", updatable = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorNominationStatus status;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String results;

    @Column(nullable = false)
    public String training;

    @Column(name = "rewards_note", nullable = false)
    public String rewardsNote;

    /** The facts as they were at the latest submission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_kind")
    public ParticipantKind mentorKind;

    @Column(name = "completed_pairs")
    public Integer completedPairs;

    @Column(name = "effective_pairs")
    public Integer effectivePairs;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status")
    public TrainingStatus trainingStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rewards")
    public List<MentorFacts.RewardFact> rewards;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_publication")
    public Publication consentPublication;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_given_by")
    public ConsentGiver consentGivenBy;

    @Column(name = "consent_giver_name")
    public String consentGiverName;

    @Column(name = "consent_given_on")
    public LocalDate consentGivenOn;

    @Column(name = "consent_document_ref")
    public String consentDocumentRef;

    @Column(name = "consent_withdrawn_on")
    public LocalDate consentWithdrawnOn;

    @Column(name = "consent_withdrawal_reason")
    public String consentWithdrawalReason;

    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    @Column(name = "return_comment")
    public String returnComment;

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

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** A consent to publish that was given and not withdrawn. */
    boolean consentInForce() {
        return consentPublication != null && consentWithdrawnOn == null;
    }
}
