package ru.nastavnik.mentorship;

import java.time.LocalDate;
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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.Participant;

/**
 * A mentee's membership. {@code open} mirrors "the mentee is still in a mentorship that is not over", the condition
 * under which the database allows one membership per mentee and form.
 */
@Entity
@Table(name = "mentorship_mentee")
public class MentorshipMentee extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public Participant participant;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MentoringForm form;

    @Column(nullable = false)
    public boolean open = true;

    @Column(name = "removed_on")
    public LocalDate removedOn;
}
