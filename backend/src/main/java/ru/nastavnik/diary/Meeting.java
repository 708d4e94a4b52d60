package ru.nastavnik.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.plan.ProgrammeActivity;

/** A meeting of a pair or group in the mentor's diary, planned or held. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(nullable = false)
    public boolean held;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "starts_at")
    public LocalTime startsAt;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingFormat format;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String notes = "";

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    public List<Attendance> attendance = new ArrayList<>();

    /** The activities of the programme's plan worked on at the meeting. */
    @ManyToMany
    @JoinTable(name = "meeting_activity", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_id"))
    public List<ProgrammeActivity> activities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false)
    public RecordedVia recordedVia;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
