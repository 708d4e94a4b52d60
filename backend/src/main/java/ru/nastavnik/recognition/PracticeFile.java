package ru.nastavnik.recognition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The bytes of a {@link PracticeAttachment}, read only to download it. */
@Entity
@Table(name = "best_practice_file")
public class PracticeFile extends PanacheEntityBase {

    @Id
    @Column(name = "attachment_id")
    public UUID attachmentId;

    @Column(name = "school_id", nullable = false, updatable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public byte[] content;
}
