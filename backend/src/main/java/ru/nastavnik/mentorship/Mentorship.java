package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.Participant;

/** A mentoring pair (one mentee) or group (several), from the proposal to its end. */
@Entity
@Table(name = "mentorship")
public class Mentorship extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentoringForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_id")
    public Participant mentor;

    @OneToMany(mappedBy = "mentorship")
    public List<MentorshipMentee> mentees = new ArrayList<>();

    @Column(name = "planned_start", nullable = false)
    public LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    public LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipStatus status;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    @Column(name = "termination_comment")
    public String terminationComment;

    /** Set when the pair is completed through the completion wizard. */
    @Enumerated(EnumType.STRING)
    public MentorshipOutcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    public SchoolOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipOrigin origin;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** The mentees still in it, by name. */
    public List<MentorshipMentee> currentMentees() {
        return mentees.stream().filter(m -> m.removedOn == null)
                .sorted(Comparator.comparing(m -> m.participant.fullName)).toList();
    }
}
