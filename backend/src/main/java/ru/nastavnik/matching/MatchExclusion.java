package ru.nastavnik.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mentor and a mentee the curator does not want proposed together again, whatever their score. */
@Entity
@Table(name = "match_exclusion")
public class MatchExclusion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "mentor_id", nullable = false)
    public UUID mentorId;

    @Column(name = "mentee_id", nullable = false)
    public UUID menteeId;

    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
