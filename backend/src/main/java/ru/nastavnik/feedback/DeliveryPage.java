package ru.nastavnik.feedback;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackDeliveryPage")
public record DeliveryPage(
        @Schema(required = true) List<DeliveryView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
