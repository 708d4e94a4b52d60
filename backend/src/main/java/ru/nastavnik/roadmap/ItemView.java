package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapItem", description = "Мероприятие дорожной карты")
public record ItemView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID roadmapId,
        @Schema(required = true) int stage,
        @Schema(required = true) String stageTitle,
        @Schema(required = true) String activity,
        @Schema(required = true) String content,
        @Schema(required = true) DeadlineView deadline,
        @Schema(required = true) String responsible,
        @Schema(required = true) String result,
        @Schema(required = true) String resultDocument,
        @Schema(required = true) ItemStatus status,
        @Schema(required = true, description = "Срок прошёл, а мероприятие не выполнено (на сегодня по Москве)")
        boolean overdue,
        String completionNote,
        String evidenceUrl,
        @Schema(description = "Файл-подтверждение, если приложен") Evidence evidence,
        LocalDate doneOn,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) int version) {

    @Schema(name = "RoadmapDeadline")
    public record DeadlineView(
            @Schema(required = true) DeadlineKind kind,
            @Schema(description = "2026-10-01 для DATE, 2026-09 для MONTH") String value,
            @Schema(description = "Первый месяц промежутка для MONTH") String from,
            @Schema(required = true, description = "Как в дорожной карте: «до 01.10.2026», «сентябрь 2026»") String label) {

        static DeadlineView of(Deadline d) {
            String value = switch (d.kind()) {
                case DATE -> d.date().toString();
                case MONTH -> YearMonth.from(d.date()).toString();
                default -> null;
            };
            return new DeadlineView(d.kind(), value, d.from() == null ? null : YearMonth.from(d.from()).toString(),
                    d.label());
        }
    }

    @Schema(name = "RoadmapEvidence")
    public record Evidence(
            @Schema(required = true) String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) long sizeBytes,
            @Schema(required = true) String uploadedBy,
            @Schema(required = true) Instant uploadedAt) {
    }

    static ItemView of(RoadmapItem i, Evidence evidence, LocalDate today) {
        Deadline d = i.deadline();
        return new ItemView(i.id, i.roadmapId, i.stage, Stage.title(i.stage), i.activity, i.content,
                DeadlineView.of(d), i.responsible, i.result, i.resultDocument, i.status, d.overdue(i.status, today),
                i.completionNote, i.evidenceUrl, evidence, i.doneOn, i.updatedAt, i.version);
    }
}
