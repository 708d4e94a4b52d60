package ru.nastavnik.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Состояние загрузки: в очереди, выполняется, завершена, не удалась, отменена")
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED
}
