package ru.nastavnik.recognition;

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
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;

/** A participant's consent to publish one best practice, given by a parent or guardian for a minor. */
@Entity
@Table(name = "best_practice_consent")
public class PublicationConsent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    public BestPractice practice;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PracticeRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    public ConsentGiver givenBy;

    @Column(name = "giver_name", nullable = false)
    public String giverName;

    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(name = "document_ref", nullable = false)
    public String documentRef;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
