package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a report: the analytical note and, once submitted, the frozen figures (and a municipality's
 * schools) as JSON. PostgreSQL refuses any change of a submitted version.
 */
@Entity
@Table(name = "monitoring_report_version")
public class ReportVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    public UUID reportId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public UUID municipalityId;

    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String done = "";

    @Column(nullable = false)
    public String results = "";

    @Column(nullable = false)
    public String problems = "";

    @Column(nullable = false)
    public String plans = "";

    @Column(nullable = false)
    public String strengths = "";

    @Column(nullable = false)
    public String weaknesses = "";

    /** The figures as submitted (a FiguresView); null while a draft. */
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    public String figures;

    /** A municipality's schools' reports as they stood when it submitted (a list of SchoolReportRow). */
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    public String schools;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    ReportNote note() {
        return new ReportNote(done, results, problems, plans, strengths, weaknesses);
    }
}
