package ru.nastavnik.diary;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import ru.nastavnik.mentorship.Mentorship;

/** The mentor's personal link to one pair's diary; the token itself is never stored, only its hash. */
@Entity
@Table(name = "diary_link")
public class DiaryLink extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id", updatable = false)
    public Mentorship mentorship;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
