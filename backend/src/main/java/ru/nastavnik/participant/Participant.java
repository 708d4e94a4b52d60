package ru.nastavnik.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.org.School;

@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantKind kind;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "mentor_candidate", nullable = false)
    public boolean mentorCandidate;

    @Column(name = "mentee_candidate", nullable = false)
    public boolean menteeCandidate;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "grade_or_position")
    public String gradeOrPosition;

    public String subject;

    @Column(name = "experience_years")
    public Integer experienceYears;

    public String email;

    public String phone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> competencies = new ArrayList<>();

    public Integer capacity;

    public String availability;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "forms_accepted", columnDefinition = "text[]", nullable = false)
    public List<String> formsAccepted = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "training_status", nullable = false)
    public TrainingStatus trainingStatus = TrainingStatus.NONE;

    public String certificate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> requests = new ArrayList<>();

    public String difficulties;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "desired_forms", columnDefinition = "text[]", nullable = false)
    public List<String> desiredForms = new ArrayList<>();

    /** People of the other side this participant would like to work with, most wanted first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]", nullable = false)
    public List<UUID> preferences = new ArrayList<>();

    /** When the personal data was erased after the consent was withdrawn. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /**
     * Forgets everything but what keeps the programme's counts right and proves the consent history: the name,
     * the kind and the roles stay, with the consent records.
     */
    void erasePersonalData() {
        birthDate = null;
        gradeOrPosition = null;
        subject = null;
        experienceYears = null;
        email = null;
        phone = null;
        competencies = new ArrayList<>();
        capacity = null;
        availability = null;
        formsAccepted = new ArrayList<>();
        trainingStatus = TrainingStatus.NONE;
        certificate = null;
        requests = new ArrayList<>();
        difficulties = null;
        desiredForms = new ArrayList<>();
        preferences = new ArrayList<>();
        externalId = null;
        erasedAt = Instant.now();
    }
}
