package ru.nastavnik.matching;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.HardConstraint;
import ru.nastavnik.matching.solver.UnmatchedReason;

@Schema(name = "MatchUnmatched", description = "Наставляемый, которому подбор не нашёл наставника, и почему")
public record UnmatchedView(
        @Schema(required = true) MatchPerson mentee,
        @Schema(required = true) UnmatchedReason reason,
        @Schema(description = "Правило, из-за которого наставника не нашлось: для «нет наставника формы» — то, что "
                + "отсеяло больше всего наставников; для «нет подходящего» — правило пары, отсеявшее больше всего")
        HardConstraint mainConstraint,
        @Schema(required = true, description = "Сколько наставников отсеяло каждое правило") Map<HardConstraint, Integer>
        excludedMentors,
        @Schema(required = true, description = "Сколько наставников подходили по всем правилам") int eligibleMentors) {
}
