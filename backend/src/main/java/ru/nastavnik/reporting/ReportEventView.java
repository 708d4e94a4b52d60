package ru.nastavnik.reporting;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportEvent", description = "Шаг истории отчёта: кто, когда, что сделал и с каким комментарием")
public record ReportEventView(
        @Schema(required = true, description = "Номер версии отчёта") int number,
        @Schema(required = true) ReportStatus action,
        @Schema(required = true) ReportStatus fromStatus,
        @Schema(required = true) ReportStatus toStatus,
        @Schema(required = true) Instant at,
        @Schema(required = true) String actorRole,
        @Schema(required = true) String actorName,
        String comment) {

    static ReportEventView of(ReportEvent e) {
        return new ReportEventView(e.number, e.action, e.fromStatus, e.toStatus, e.at, e.actorRole, e.actorName,
                e.comment);
    }
}
