package ru.nastavnik.mentorship;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolOrderPage")
public record OrderPage(
        @Schema(required = true) List<OrderView> items,
        @Schema(required = true) long total,
        @Schema(required = true) int page,
        @Schema(required = true) int size) {
}
