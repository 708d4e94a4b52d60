package ru.nastavnik.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.recognition.Publication;

/**
 * An entrant as the caller may see it (the view {@code event_entrant_public}): the title is a person's name only
 * where the holding school is the caller or the consent to publish allows it, and never a pair's minor.
 */
@Entity
@Immutable
@Table(name = "event_entrant_public")
public class PublicEntrant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "school_name")
    public String schoolName;

    @Enumerated(EnumType.STRING)
    public EntrantKind kind;

    @Column(name = "nomination_id")
    public UUID nominationId;

    @Enumerated(EnumType.STRING)
    public EntrantResult result;

    public Integer place;

    @Enumerated(EnumType.STRING)
    public Publication publication;

    @Column(name = "entered_at")
    public Instant enteredAt;

    public int version;

    @Enumerated(EnumType.STRING)
    public MentoringForm form;

    /** Whether the caller is the holding school. */
    public boolean own;

    public String title;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "practice_id")
    public UUID practiceId;
}
