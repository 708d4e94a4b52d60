package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school's or a municipality's report in a campaign; its text and figures live in its versions. */
@Entity
@Table(name = "monitoring_report")
public class MonitoringReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReportLevel level;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public UUID municipalityId;

    /** Null for a municipality's report. */
    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** The version being written, or the last one submitted. */
    @Column(name = "current_number", nullable = false)
    public int currentNumber;

    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
