package ru.nastavnik.reporting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportNoteInput", description = "Аналитическая справка черновика; пустое поле — пустой раздел")
public record NoteInput(
        @Size(max = 8000, message = "Не длиннее 8000 символов") String done,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String results,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String problems,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String plans,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String strengths,
        @Size(max = 8000, message = "Не длиннее 8000 символов") String weaknesses,
        @NotNull(message = "Укажите версию отчёта, которую вы изменяете")
        @Schema(required = true, description = "Версия отчёта, на которой основано изменение") Integer version) {
}
