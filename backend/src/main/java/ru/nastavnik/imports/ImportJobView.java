package ru.nastavnik.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "Загрузка файла: ход выполнения и итоги")
public record ImportJobView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ImportKind kind,
        @Schema(required = true, description = "Только проверка, без изменений") boolean dryRun,
        @Schema(required = true, description = "Применить всё или ничего: при ошибке в любой строке ничего не меняется")
        boolean allOrNothing,
        @Schema(required = true) ImportStatus status,
        @Schema(required = true, description = "Изменения внесены в данные") boolean applied,
        String fileName,
        @Schema(description = "Распознанный формат: книга Excel (.xlsx или .xls), таблица OpenDocument (.ods) или "
                + "CSV с кодировкой и разделителем") String fileFormat,
        @Schema(required = true) long fileSize,
        @Schema(required = true, description = "Строк с данными в файле") int totalRows,
        @Schema(required = true, description = "Строк обработано") int processedRows,
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int rejected,
        @Schema(required = true, description = "Предупреждения, например о пропущенных столбцах") List<String> warnings,
        @Schema(description = "Почему загрузка не удалась") String error,
        @Schema(required = true) String ownerUsername,
        UUID schoolId,
        @Schema(description = "Дорожная карта, в которую загружаются мероприятия") UUID roadmapId,
        @Schema(required = true) Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static ImportJobView of(ImportJob j) {
        return new ImportJobView(j.id, j.kind, j.dryRun, j.allOrNothing, j.status, j.applied, j.fileName, j.fileFormat,
                j.fileSize, j.totalRows, j.processedRows, j.createdCount, j.updatedCount, j.unchangedCount,
                j.rejectedCount, j.warnings, j.error, j.ownerUsername, j.schoolId, j.roadmapId, j.createdAt, j.startedAt,
                j.finishedAt);
    }
}
