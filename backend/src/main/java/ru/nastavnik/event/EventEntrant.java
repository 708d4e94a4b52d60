package ru.nastavnik.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.recognition.Publication;

/**
 * An entrant of an event, held by a school: its mentor, pair or best practice, with the mentor's consent to publish.
 * Its result is written only by {@code record_event_result}, which also gives the rewards.
 */
@Entity
@Table(name = "event_entrant")
public class EventEntrant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "event_municipality_id", updatable = false)
    public UUID eventMunicipalityId;

    @Column(name = "event_school_id", updatable = false)
    public UUID eventSchoolId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EntrantKind kind;

    @Column(name = "participant_id", updatable = false)
    public UUID participantId;

    @Column(name = "mentorship_id", updatable = false)
    public UUID mentorshipId;

    @Column(name = "practice_id", updatable = false)
    public UUID practiceId;

    @Column(name = "nomination_id", updatable = false)
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Publication publication;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", updatable = false)
    public ConsentGiver givenBy;

    @Column(name = "giver_name", updatable = false)
    public String giverName;

    @Column(name = "given_on", updatable = false)
    public LocalDate givenOn;

    @Column(name = "document_ref", updatable = false)
    public String documentRef;

    @Column(name = "entered_by", nullable = false, updatable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    public Instant enteredAt;
}
