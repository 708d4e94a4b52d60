package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.monitoring.FiguresView;

@Schema(name = "SubmittedReportVersion", description = "Отправленная версия отчёта целиком: справка и показатели,"
        + " закреплённые при её отправке (у муниципалитета — и отчёты его организаций на тот момент)")
public record SubmittedVersionView(
        @Schema(required = true) int number,
        @Schema(required = true) Instant submittedAt,
        @Schema(required = true) String submittedBy,
        @Schema(required = true) ReportNote note,
        @Schema(required = true, description = "Показатели на момент отправки этой версии") FiguresView figures,
        @Schema(description = "У отчёта муниципалитета: отчёты его организаций на момент отправки")
        List<SchoolReportRow> schools) {
}
