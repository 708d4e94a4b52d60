package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * When a pair's participants get the intermediate feedback questionnaire. {@code version} is checked and raised by
 * the service under a row lock rather than by JPA, so that the background task moving {@code nextDueOn} never makes
 * a curator's edit stale.
 */
@Entity
@Table(name = "feedback_schedule")
public class FeedbackSchedule extends PanacheEntityBase {

    @Id
    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleMode mode;

    @Column(name = "first_after_months")
    public Integer firstAfterMonths;

    @Column(name = "every_months")
    public Integer everyMonths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "date[]", nullable = false)
    public List<LocalDate> dates = new ArrayList<>();

    @Column(name = "include_mentor", nullable = false)
    public boolean includeMentor;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int version;

    List<LocalDate> dueDates(LocalDate start, LocalDate end) {
        return DueDates.within(mode, months(firstAfterMonths), months(everyMonths), dates, start, end);
    }

    java.util.Optional<LocalDate> latestDue(LocalDate start, LocalDate today) {
        return DueDates.latestDue(mode, months(firstAfterMonths), months(everyMonths), dates, start, effectiveFrom,
                today);
    }

    /** Moves {@code nextDueOn} to the first due date after {@code day}. */
    void advance(LocalDate start, LocalDate day) {
        nextDueOn = DueDates.nextAfter(mode, months(firstAfterMonths), months(everyMonths), dates, start,
                effectiveFrom, day).orElse(null);
    }

    private static int months(Integer value) {
        return value == null ? 0 : value;
    }
}
