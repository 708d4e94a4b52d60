package ru.nastavnik.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportNote", description = "Аналитическая справка: что сделано, результаты, проблемы, планы, сильные и"
        + " слабые стороны программы")
public record ReportNote(
        @Schema(required = true, description = "Что сделано за период") String done,
        @Schema(required = true, description = "Результаты") String results,
        @Schema(required = true, description = "Проблемы и трудности") String problems,
        @Schema(required = true, description = "Планы на следующий период") String plans,
        @Schema(required = true, description = "Сильные стороны программы") String strengths,
        @Schema(required = true, description = "Слабые стороны программы") String weaknesses) {
}
