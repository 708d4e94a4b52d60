package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityReportRow", description = "Муниципалитет в сводке кампании: его отчёт и отчёты его"
        + " организаций (только числа)")
public record MunicipalityReportRow(
        @Schema(required = true) UUID municipalityId,
        @Schema(required = true) String municipalityName,
        @Schema(description = "Нет, если муниципалитет ещё не начал отчёт") UUID reportId,
        @Schema(description = "Нет, если отчёта нет") ReportStatus status,
        @Schema(required = true, description = "Срок сдачи прошёл, а отчёт не отправлен") boolean late,
        Integer number,
        Instant submittedAt,
        @Schema(required = true) SchoolCounts schools) {

    @Schema(name = "SchoolReportCounts", description = "Отчёты организаций муниципалитета по состояниям")
    public record SchoolCounts(
            @Schema(required = true, description = "Работающих организаций") int total,
            @Schema(required = true) int accepted,
            @Schema(required = true) int submitted,
            @Schema(required = true) int returned,
            @Schema(required = true, description = "Черновиков") int drafts,
            @Schema(required = true, description = "Не отправлено (нет отчёта, черновик или возвращён)") int missing,
            @Schema(required = true, description = "Из них просрочено") int late) {

        static SchoolCounts of(java.util.List<SchoolReportRow> rows) {
            return new SchoolCounts(rows.size(), count(rows, ReportStatus.ACCEPTED), count(rows, ReportStatus.SUBMITTED),
                    count(rows, ReportStatus.RETURNED), count(rows, ReportStatus.DRAFT),
                    (int) rows.stream().filter(SchoolReportRow::missing).count(),
                    (int) rows.stream().filter(SchoolReportRow::late).count());
        }

        private static int count(java.util.List<SchoolReportRow> rows, ReportStatus status) {
            return (int) rows.stream().filter(r -> r.status() == status).count();
        }
    }
}
