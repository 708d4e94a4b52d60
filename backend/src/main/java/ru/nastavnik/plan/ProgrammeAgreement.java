package ru.nastavnik.plan;

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

import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;

/** One side's agreement to the programme: the mentor's, or a mentee's (a minor's given by a parent or guardian). */
@Entity
@Table(name = "programme_agreement")
public class ProgrammeAgreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    public Programme programme;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    public Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    public ConsentGiver givenBy;

    @Column(name = "giver_name", nullable = false)
    public String giverName;

    @Column(name = "agreed_on", nullable = false)
    public LocalDate agreedOn;
}
