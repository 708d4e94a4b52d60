package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.Participant;

/** A personal link to fill one questionnaire version; the token itself is never stored, only its hash. */
@Entity
@Table(name = "fill_link")
public class FillLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    public Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", updatable = false)
    public QuestionnaireTemplate template;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "response_id")
    public UUID responseId;

    FillLinkStatus status(Instant now) {
        if (usedAt != null) {
            return FillLinkStatus.USED;
        }
        if (revokedAt != null) {
            return FillLinkStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? FillLinkStatus.ACTIVE : FillLinkStatus.EXPIRED;
    }
}
