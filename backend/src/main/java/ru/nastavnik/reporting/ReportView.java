package ru.nastavnik.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.monitoring.FiguresView;

@Schema(name = "MonitoringReport", description = "Отчёт организации или муниципалитета в кампании мониторинга")
public record ReportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) CampaignView campaign,
        @Schema(required = true) ReportLevel level,
        @Schema(required = true) UUID municipalityId,
        @Schema(description = "Организация; нет у отчёта муниципалитета") UUID schoolId,
        @Schema(required = true, description = "Организация или муниципалитет") String name,
        @Schema(required = true) ReportStatus status,
        @Schema(required = true, description = "Номер текущей версии: с возвратом начинается следующая") int number,
        @Schema(required = true, description = "Срок сдачи прошёл, а отчёт не отправлен") boolean late,
        Instant submittedAt,
        Instant acceptedAt,
        @Schema(required = true) ReportNote note,
        @Schema(required = true, description = "Показатели закреплены при отправке текущей версии (иначе — текущие,"
                + " какими они будут при отправке)") boolean figuresFrozen,
        @Schema(required = true, description = "Показатели кампании: только числа") FiguresView figures,
        @Schema(description = "У отчёта муниципалитета: отчёты его организаций (на момент отправки, если он отправлен)")
        List<SchoolReportRow> schools,
        @Schema(required = true, description = "Отправленные версии, старые сначала") List<VersionView> versions,
        @Schema(required = true, description = "История: отправки, возвраты, приём") List<ReportEventView> history,
        @Schema(required = true, description = "Что вызывающий может сделать сейчас: EDIT, SUBMIT, ACCEPT, RETURN")
        List<String> allowedActions,
        @Schema(required = true) int version) {

    @Schema(name = "ReportVersionView", description = "Отправленная версия отчёта: её справка неизменна")
    public record VersionView(
            @Schema(required = true) int number,
            @Schema(required = true) Instant submittedAt,
            @Schema(required = true) String submittedBy,
            @Schema(required = true) ReportNote note) {
    }
}
