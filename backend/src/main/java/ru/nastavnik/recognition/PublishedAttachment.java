package ru.nastavnik.recognition;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A material a published practice shows: none in which someone appears whose consent does not allow it (a view). */
@Entity
@Immutable
@Table(name = "published_best_practice_attachment")
public class PublishedAttachment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "practice_id")
    public UUID practiceId;

    public String caption;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
