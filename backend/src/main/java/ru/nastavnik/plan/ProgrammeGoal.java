package ru.nastavnik.plan;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A goal of the programme with its tasks. */
@Entity
@Table(name = "programme_goal")
public class ProgrammeGoal extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    public Programme programme;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String tasks = "";
}
