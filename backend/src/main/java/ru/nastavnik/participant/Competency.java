package ru.nastavnik.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the shared catalogue: what a mentor can help with, and what a mentee asks for. */
@Entity
@Table(name = "competency")
public class Competency extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String area;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
