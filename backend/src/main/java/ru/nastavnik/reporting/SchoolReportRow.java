package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolReportRow", description = "Отчёт организации в кампании для муниципалитета: состояние, сдан ли,"
        + " просрочен ли")
public record SchoolReportRow(
        @Schema(required = true) UUID schoolId,
        @Schema(required = true) String schoolName,
        @Schema(description = "Нет, если организация ещё не начала отчёт") UUID reportId,
        @Schema(description = "Нет, если отчёта нет") ReportStatus status,
        @Schema(required = true, description = "Отчёта нет или он не отправлен") boolean missing,
        @Schema(required = true, description = "Срок сдачи прошёл, а отчёт не отправлен") boolean late,
        @Schema(description = "Номер текущей версии") Integer number,
        Instant submittedAt,
        Instant acceptedAt) {
}
