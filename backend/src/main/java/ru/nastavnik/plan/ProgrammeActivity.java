package ru.nastavnik.plan;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An activity of the programme's plan, which the mentor's diary marks as worked on and done. */
@Entity
@Table(name = "programme_activity")
public class ProgrammeActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    public Programme programme;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public ProgrammeGoal goal;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityDirection direction;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description = "";

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Performer performer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status = ActivityStatus.PLANNED;

    @Column(nullable = false)
    public String result = "";

    @Column(name = "done_on")
    public LocalDate doneOn;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
