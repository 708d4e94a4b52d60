package ru.nastavnik.recognition;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A mentor in the published registry: included, with the consents to publish and to processing in force. */
@Entity
@Immutable
@Table(name = "mentor_registry")
public class RegistryListing extends PublishedNominationRow {
}
