package ru.nastavnik.org;

import java.time.LocalDate;
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

/** A staff member appointed by the head's order to run the school's mentoring programme. */
@Entity
@Table(name = "curator")
public class Curator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String position;

    public String email;

    public String phone;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "order_date", nullable = false)
    public LocalDate orderDate;

    /** The curator's Keycloak login, when they have one. */
    public String username;

    @Version
    public int version;
}
