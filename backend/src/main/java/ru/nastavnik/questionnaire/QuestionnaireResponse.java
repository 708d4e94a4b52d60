package ru.nastavnik.questionnaire;

import java.time.Instant;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.Participant;

/** One participant's answers to one version of a questionnaire. Never updated, only superseded or erased. */
@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    public QuestionnaireTemplate template;

    @Column(name = "family_id", nullable = false)
    public UUID familyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseChannel channel;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, JsonNode> answers;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "erased_at")
    public Instant erasedAt;
}
