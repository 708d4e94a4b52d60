package ru.nastavnik.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A delivery's e-mail in the outbox (see V13). Its claims and outcomes are single SQL statements with the database's
 * clock ({@link FeedbackMailer}); the entity is for writing it and reading it back.
 */
@Entity
@Table(name = "feedback_mail")
public class FeedbackMail extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(nullable = false, updatable = false)
    public String recipient;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;
}
