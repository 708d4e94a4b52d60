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
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.Participant;

/** A reward of a mentor or mentee, optionally for the work of one pair or group. */
@Entity
@Table(name = "reward")
public class Reward extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", updatable = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RewardKind kind;

    /** The kind in the school's own words, for {@link RewardKind#OTHER} only. */
    @Column(name = "other_kind")
    public String otherKind;

    @Column(nullable = false)
    public String title;

    @Column(name = "awarded_on", nullable = false)
    public LocalDate awardedOn;

    @Column(name = "awarded_by", nullable = false)
    public String awardedBy;

    @Column(name = "document_ref")
    public String documentRef;

    /** The event whose result gave this reward, if one did; such a reward changes only with the result. */
    @Formula("(SELECT en.event_id FROM event_entrant en WHERE en.id = event_entrant_id)")
    public UUID eventId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
