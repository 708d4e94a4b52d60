package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.Participant;

/** One entry of a mentorship's history; written once, never changed. */
@Entity
@Table(name = "mentorship_event")
public class MentorshipEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MentorshipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MentorshipStatus toStatus;

    @Column(nullable = false)
    public Instant at;

    /** The day the change took effect, when it is not the day it was recorded. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "actor_login", nullable = false)
    public String actorLogin;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Enumerated(EnumType.STRING)
    public TerminationReason reason;

    public String comment;

    @Column(name = "old_end")
    public LocalDate oldEnd;

    @Column(name = "new_end")
    public LocalDate newEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    public SchoolOrder order;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    /** Who agreed to a change of the term, and when. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<SideAgreement.Stored> agreements;
}
