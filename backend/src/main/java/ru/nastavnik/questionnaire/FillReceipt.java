package ru.nastavnik.questionnaire;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FillReceipt", description = "Подтверждение, что анкета принята")
public record FillReceipt(@Schema(required = true) String title, @Schema(required = true) Instant submittedAt) {
}
