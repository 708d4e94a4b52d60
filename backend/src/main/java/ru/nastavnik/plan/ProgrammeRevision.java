package ru.nastavnik.plan;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change to an agreed programme: who made it, when, why, what changed, and the programme as it then was. */
@Entity
@Table(name = "programme_revision")
public class ProgrammeRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    public Programme programme;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor_login", nullable = false, updatable = false)
    public String actorLogin;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> snapshot;
}
