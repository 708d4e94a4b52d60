package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One step of a nomination's way through the registry; written once, never changed. The school writes its own steps
 * here; the decisions above it are written by decide_mentor_nomination.
 */
@Entity
@Table(name = "mentor_nomination_event")
public class MentorNominationEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    public UUID nominationId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public MentorNominationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public MentorNominationStatus toStatus;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(name = "actor_login", nullable = false, updatable = false)
    public String actorLogin;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(updatable = false)
    public String comment;
}
