package ru.nastavnik.matching;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.matching.solver.HardConstraint;
import ru.nastavnik.matching.solver.UnmatchedReason;

/** A mentee the run left without a mentor, and why: the curator keeps looking for them. */
@Entity
@Table(name = "match_unmatched")
public class MatchUnmatched extends PanacheEntityBase {

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

    @Column(name = "mentee_id", nullable = false)
    public UUID menteeId;

    @Column(name = "mentee_school_id", nullable = false)
    public UUID menteeSchoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnmatchedReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_constraint")
    public HardConstraint mainConstraint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "excluded_mentors", columnDefinition = "jsonb", nullable = false)
    public Map<HardConstraint, Integer> excludedMentors;

    @Column(name = "eligible_mentors", nullable = false)
    public int eligibleMentors;
}
