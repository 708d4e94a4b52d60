package ru.nastavnik.recognition;

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
import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.participant.MentoringForm;

/**
 * A best practice as published (the published_best_practice view): what the municipality and the region may read,
 * and nothing that identifies a participant. The view itself decides who sees which practices.
 */
@Entity
@Immutable
@Table(name = "published_best_practice")
public class PublishedPractice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "school_name")
    public String schoolName;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "municipality_name")
    public String municipalityName;

    @Column(name = "region_id")
    public UUID regionId;

    public String title;

    public String description;

    public String results;

    @Enumerated(EnumType.STRING)
    public MentoringForm form;

    @Enumerated(EnumType.STRING)
    public MentorshipKind kind;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "mentee_count")
    public int menteeCount;

    @Enumerated(EnumType.STRING)
    public BestPracticeStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "recommended_at")
    public Instant recommendedAt;

    public int version;
}
