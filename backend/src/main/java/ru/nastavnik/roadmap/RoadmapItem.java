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

/** One activity of a roadmap. The owner's ids repeat the roadmap's, so that row-level security decides on the row. */
@Entity
@Table(name = "roadmap_item")
public class RoadmapItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "roadmap_id", nullable = false, updatable = false)
    public UUID roadmapId;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", updatable = false)
    public UUID municipalityId;

    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public int stage;

    @Column(nullable = false)
    public String activity;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false)
    public DeadlineKind deadlineKind;

    @Column(name = "deadline_date")
    public LocalDate deadlineDate;

    @Column(name = "deadline_from")
    public LocalDate deadlineFrom;

    @Column(nullable = false)
    public String responsible;

    @Column(nullable = false)
    public String result;

    @Column(name = "result_document", nullable = false)
    public String resultDocument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status;

    @Column(name = "completion_note")
    public String completionNote;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    public Deadline deadline() {
        return new Deadline(deadlineKind, deadlineDate, deadlineFrom);
    }

    void deadline(Deadline d) {
        deadlineKind = d.kind();
        deadlineDate = d.date();
        deadlineFrom = d.from();
    }
}
