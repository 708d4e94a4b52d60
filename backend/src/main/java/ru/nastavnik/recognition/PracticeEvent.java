package ru.nastavnik.recognition;

import java.time.Instant;
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

/**
 * One step of a best practice's review; written once, never changed. The school writes its submissions here; the
 * municipal coordinator's decisions are written by the database function that makes them.
 */
@Entity
@Table(name = "best_practice_event")
public class PracticeEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", updatable = false)
    public BestPractice practice;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BestPracticeStatus action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public BestPracticeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public BestPracticeStatus toStatus;

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
