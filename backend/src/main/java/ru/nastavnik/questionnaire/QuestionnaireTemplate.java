package ru.nastavnik.questionnaire;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.MentoringForm;

/** One version of a questionnaire; all versions of the same questionnaire share the family id. */
@Entity
@Table(name = "questionnaire_template")
public class QuestionnaireTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    /** Null for the built-in templates that serve every region. */
    @Column(name = "region_id")
    public UUID regionId;

    /** Set for a school's own template. */
    @Column(name = "school_id")
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TemplateStatus status;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    public MentoringForm form;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Question> questions = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public int version;
}
