package ru.nastavnik.plan;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeRevision", description = "Изменение согласованной программы: кто, когда, почему и что")
public record RevisionView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant at,
        @Schema(required = true) String actorName,
        @Schema(required = true) String actorLogin,
        @Schema(required = true, description = "Почему программу изменили") String reason,
        @Schema(required = true, description = "Что изменилось") String summary,
        @Schema(required = true, description = "Программа, какой она стала после изменения")
        Map<String, Object> snapshot) {

    static RevisionView of(ProgrammeRevision r) {
        return new RevisionView(r.id, r.at, r.actorName, r.actorLogin, r.reason, r.summary, r.snapshot);
    }
}
