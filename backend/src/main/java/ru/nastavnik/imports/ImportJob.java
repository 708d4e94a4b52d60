package ru.nastavnik.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.common.Role;

/** One uploaded file and what became of it. The owner's scope is kept because the work runs without them. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportKind kind;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "all_or_nothing", nullable = false)
    public boolean allOrNothing;

    @Column(name = "questionnaire_id")
    public UUID questionnaireId;

    @Column(name = "roadmap_id")
    public UUID roadmapId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(nullable = false)
    public boolean applied;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_format")
    public String fileFormat;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    @Column(name = "file_hash", nullable = false)
    public String fileHash;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "updated_count", nullable = false)
    public int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    public int unchangedCount;

    @Column(name = "rejected_count", nullable = false)
    public int rejectedCount;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> warnings = new ArrayList<>();

    public String error;

    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "owner_username", nullable = false)
    public String ownerUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false)
    public Role ownerRole;

    @Column(name = "region_id")
    public UUID regionId;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
