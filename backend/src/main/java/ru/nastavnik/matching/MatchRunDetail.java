package ru.nastavnik.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchRunDetail", description = "Подбор пар с предложениями и наставляемыми без пары")
public record MatchRunDetail(
        @Schema(required = true) MatchRunView run,
        @Schema(required = true, description = "Предложения по наставнику, затем по наставляемому")
        List<ProposalView> proposals,
        @Schema(required = true) List<UnmatchedView> unmatched) {
}
