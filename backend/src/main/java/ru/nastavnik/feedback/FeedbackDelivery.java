package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.Participant;

/** One questionnaire for one participant of one pair, from the day it is due to its answer (see V13). */
@Entity
@Table(name = "feedback_delivery")
public class FeedbackDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(name = "mentorship_id", nullable = false, updatable = false)
    public UUID mentorshipId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DeliveryPurpose purpose;

    @Column(name = "family_id", nullable = false, updatable = false)
    public UUID familyId;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DeliveryState state;

    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "fill_link_id")
    public UUID fillLinkId;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    void cancel(String reason) {
        state = DeliveryState.CANCELLED;
        cancelReason = reason;
    }
}
