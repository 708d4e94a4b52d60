package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A participant a published practice names: only those whose consent allows the name (a view). */
@Entity
@Immutable
@Table(name = "published_best_practice_person")
public class PublishedPerson extends PanacheEntityBase {

    /** The consent's id: it names the row, never the participant. */
    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    @Enumerated(EnumType.STRING)
    public PracticeRole role;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "photo_allowed")
    public boolean photoAllowed;
}
