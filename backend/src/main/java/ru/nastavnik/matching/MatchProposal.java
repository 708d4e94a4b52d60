package ru.nastavnik.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A proposed pair of a run and the curator's decision on it. People are kept by id: in a municipal run they belong
 * to several schools, and a name is read (or not) under the reader's own scope.
 */
@Entity
@Table(name = "match_proposal")
public class MatchProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    public MatchRun run;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchMethod method;

    @Column(name = "mentor_id", nullable = false)
    public UUID mentorId;

    @Column(name = "mentee_id", nullable = false)
    public UUID menteeId;

    @Column(name = "mentee_school_id", nullable = false)
    public UUID menteeSchoolId;

    @Column(nullable = false)
    public int score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Explanation explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;

    @Column(nullable = false)
    public boolean swapped;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public int version;
}
