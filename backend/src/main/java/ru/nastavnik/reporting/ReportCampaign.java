package ru.nastavnik.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reporting campaign the region opened: the period reported on, the due date and the indicators included. */
@Entity
@Table(name = "report_campaign")
public class ReportCampaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    /** 1 or 2 for a half-year, null for the whole academic year. */
    public Integer half;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Indicator codes in the order the region chose them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]", nullable = false)
    public List<String> indicators = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** The period as the figures API takes it: a year, or a half-year written 2026-1. */
    String halfKey() {
        return half == null ? null : startYear + "-" + half;
    }

    Integer yearKey() {
        return half == null ? startYear : null;
    }
}
