package ru.nastavnik.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the audit trail as the views read it; written only by {@link AuditLog}, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public Instant at;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_login")
    public String actorLogin;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "region_id")
    public UUID regionId;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "school_id")
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    public AuditCategory category;

    /** A code of {@link AuditAction}, kept as text: an entry outlives any change of the enumeration. */
    public String action;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public UUID objectId;

    @Column(name = "participant_id")
    public UUID participantId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> fields;

    @Column(name = "request_id")
    public String requestId;
}
