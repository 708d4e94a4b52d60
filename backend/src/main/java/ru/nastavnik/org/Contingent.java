package ru.nastavnik.org;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school's head counts for one academic year: the denominators of the coverage KPIs. */
@Entity
@Table(name = "school_contingent")
public class Contingent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    /** The academic year starting in September of this year: 2025 stands for 2025/2026. */
    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(nullable = false)
    public int pupils;

    @Column(nullable = false)
    public int teachers;

    /** Teachers under 35 in their first three years of work. */
    @Column(name = "young_teachers", nullable = false)
    public int youngTeachers;

    @Column(name = "additional_pupils", nullable = false)
    public int additionalPupils;

    @Version
    public int version;
}
