package ru.nastavnik.monitoring;

import java.math.BigDecimal;
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

/** A target the region set for an indicator and an academic year, region-wide or for one municipality. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    /** Null for the region-wide target. */
    @Column(name = "municipality_id", updatable = false)
    public UUID municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Indicator indicator;

    @Column(name = "start_year", nullable = false, updatable = false)
    public int startYear;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "document_date", nullable = false)
    public LocalDate documentDate;

    @Column(name = "document_title")
    public String documentTitle;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
