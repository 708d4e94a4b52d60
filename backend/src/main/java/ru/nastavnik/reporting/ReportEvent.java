package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a report's workflow; insert-only. */
@Entity
@Table(name = "monitoring_report_event")
public class ReportEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    public UUID reportId;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public UUID municipalityId;

    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    /** The version the step concerns. */
    @Column(nullable = false, updatable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReportStatus action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false)
    public ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    public ReportStatus toStatus;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(name = "actor_login", nullable = false, updatable = false)
    public String actorLogin;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(updatable = false)
    public String comment;
}
