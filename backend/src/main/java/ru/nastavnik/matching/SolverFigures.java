package ru.nastavnik.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.matching.solver.SolverStats;

@Schema(name = "MatchSolverFigures", description = "Размер задачи и работа, которую проделал решатель")
public record SolverFigures(
        @Schema(required = true, description = "Пар, допустимых по всем жёстким правилам") long candidatePairs,
        @Schema(required = true, description = "Пар в последней решённой сети") long arcsSolved,
        @Schema(required = true, description = "Решённых сетей") int rounds,
        @Schema(required = true, description = "Время решения, мс") long millis) {

    static SolverFigures of(SolverStats s) {
        return new SolverFigures(s.candidatePairs(), s.arcsSolved(), s.rounds(), s.millis());
    }
}
