package ru.nastavnik.plan;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeCreateInput", description = "Новая программа: с шаблона для формы пары или пустой черновик")
public record ProgrammeCreateInput(
        @Schema(description = "Код встроенного шаблона (GET /api/programme-templates); без него — пустой черновик")
        @Size(max = 60, message = "Не длиннее 60 символов") String templateCode) {
}
