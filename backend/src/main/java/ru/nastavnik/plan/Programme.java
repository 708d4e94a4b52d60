package ru.nastavnik.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ru.nastavnik.mentorship.Mentorship;

/** The personalised programme of one pair or group: its explanatory note, goals and plan of activities. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    @Column(name = "template_code")
    public String templateCode;

    @Column(nullable = false)
    public String problem = "";

    @Column(nullable = false)
    public String content = "";

    @Column(name = "intermediate_results", nullable = false)
    public String intermediateResults = "";

    @Column(name = "final_results", nullable = false)
    public String finalResults = "";

    @Column(nullable = false)
    public String conditions = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_frequency", nullable = false)
    public MeetingFrequency meetingFrequency;

    /** ISO day of the week, 1 = Monday. */
    @Column(name = "meeting_weekday")
    public Integer meetingWeekday;

    @Column(name = "meeting_time")
    public LocalTime meetingTime;

    @Column(name = "schedule_note")
    public String scheduleNote;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "agreed_on")
    public LocalDate agreedOn;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgrammeGoal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgrammeActivity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ProgrammeAgreement> agreements = new ArrayList<>();

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
