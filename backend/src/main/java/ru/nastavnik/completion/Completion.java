package ru.nastavnik.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What the curator recorded when completing a pair, besides the outcome that stands on the mentorship: the goals'
 * results, whether the final meeting took place, the date and a comment. Written once; never changed.
 */
@Entity
@Table(name = "mentorship_completion")
public class Completion extends PanacheEntityBase {

    @Id
    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(name = "completed_on", nullable = false, updatable = false)
    public LocalDate completedOn;

    @Column(name = "final_meeting_held", nullable = false, updatable = false)
    public boolean finalMeetingHeld;

    @Column(updatable = false)
    public String comment;

    @ElementCollection
    @CollectionTable(name = "completion_goal_result", joinColumns = @JoinColumn(name = "mentorship_id"))
    public List<GoalOutcome> goals = new ArrayList<>();

    @Column(name = "recorded_login", nullable = false, updatable = false)
    public String recordedLogin;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @CreationTimestamp
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
