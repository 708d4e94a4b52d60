package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;

import ru.nastavnik.org.School;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Consent to the processing of personal data (152-ФЗ), given by the person or, for a minor, a parent or guardian. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    public ConsentGiver givenBy;

    @Column(name = "giver_name", nullable = false)
    public String giverName;

    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(nullable = false)
    public String scope;

    @Column(name = "document_ref", nullable = false)
    public String documentRef;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;
}
