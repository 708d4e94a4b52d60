package ru.nastavnik.recognition;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A nomination under review above the school: the municipality's submitted ones, the region's recommended ones. */
@Entity
@Immutable
@Table(name = "mentor_nomination_review")
public class ReviewedNomination extends PublishedNominationRow {
}
