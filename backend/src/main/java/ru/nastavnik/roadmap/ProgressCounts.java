package ru.nastavnik.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapProgressCounts", description = "Мероприятия без отменённых: всего, выполнено, выполняется,"
        + " просрочено (срок-день или срок-месяц прошёл, а мероприятие не выполнено)")
public record ProgressCounts(
        @Schema(required = true) int total,
        @Schema(required = true) int done,
        @Schema(required = true) int inProgress,
        @Schema(required = true) int overdue,
        @Schema(required = true, description = "Доля выполненных, в процентах с одним знаком; 0 без мероприятий")
        double donePercent) {

    static ProgressCounts of(int total, int done, int inProgress, int overdue) {
        double percent = total == 0 ? 0 : Math.round(done * 1000.0 / total) / 10.0;
        return new ProgressCounts(total, done, inProgress, overdue, percent);
    }
}
