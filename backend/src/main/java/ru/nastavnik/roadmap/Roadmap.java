package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The roadmap of a school, a municipality or the region for one academic year. */
@Entity
@Table(name = "roadmap")
public class Roadmap extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RoadmapLevel level;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", updatable = false)
    public UUID municipalityId;

    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(nullable = false)
    public String title;

    @Column(name = "approval_title")
    public String approvalTitle;

    @Column(name = "approval_number")
    public String approvalNumber;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
