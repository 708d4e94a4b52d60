package ru.nastavnik.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.matching.solver.HardConstraint;
import ru.nastavnik.matching.solver.MentorshipShape;
import ru.nastavnik.mentorship.MentorshipKind;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.MentoringForm;

/** One run of the matching engine over a school, or over a municipality's schools, with its figures. */
@Entity
@Table(name = "match_run")
public class MatchRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentoringForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipShape shape;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentorshipKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public MatchWeights weights;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentor_ids", columnDefinition = "uuid[]", nullable = false)
    public List<UUID> mentorIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentee_ids", columnDefinition = "uuid[]", nullable = false)
    public List<UUID> menteeIds = new ArrayList<>();

    @Column(name = "mentor_count", nullable = false)
    public int mentorCount;

    @Column(name = "mentee_count", nullable = false)
    public int menteeCount;

    @Column(name = "matched_count", nullable = false)
    public int matchedCount;

    @Column(name = "total_score", nullable = false)
    public long totalScore;

    @Column(name = "max_pair_score", nullable = false)
    public int maxPairScore;

    @Column(name = "blocking_pairs", nullable = false)
    public long blockingPairs;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "excluded_mentors", columnDefinition = "jsonb", nullable = false)
    public Map<HardConstraint, Integer> excludedMentors;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "solver_stats", columnDefinition = "jsonb", nullable = false)
    public SolverFigures stats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchRunStatus status;

    /** The proposal the curator reviews; the other one stays stored beside it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchMethod method = MatchMethod.OPTIMAL;

    /** Both proposals' figures, as computed; null for runs made before there were two. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public MatchComparison comparison;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public int version;
}
