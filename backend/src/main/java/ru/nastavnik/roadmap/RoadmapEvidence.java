package ru.nastavnik.roadmap;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The file that shows an item done. Lists read its name, type and size by a projection, never its bytes. */
@Entity
@Table(name = "roadmap_evidence")
public class RoadmapEvidence extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "region_id", nullable = false, updatable = false)
    public UUID regionId;

    @Column(name = "municipality_id", updatable = false)
    public UUID municipalityId;

    @Column(name = "school_id", updatable = false)
    public UUID schoolId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(nullable = false)
    public byte[] content;
}
