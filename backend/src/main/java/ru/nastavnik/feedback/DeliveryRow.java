package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A delivery with its status, read from the view that works the status out (V13). */
@Entity
@Immutable
@Table(name = "feedback_delivery_view")
public class DeliveryRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "participant_name")
    public String participantName;

    @Column(name = "mentor_name")
    public String mentorName;

    @Enumerated(EnumType.STRING)
    public DeliveryPurpose purpose;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;

    @Column(name = "template_title")
    public String templateTitle;

    public String recipient;

    @Column(name = "mail_attempts")
    public Integer mailAttempts;

    @Column(name = "mail_error")
    public String mailError;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "filled_at")
    public Instant filledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at")
    public Instant createdAt;
}
