package ru.nastavnik.portal;

import java.time.Instant;

/** An answer with the latest recorded change of the data in it (its Last-Modified; null when none is recorded). */
public record Dated<T>(T body, Instant lastModified) {
}
