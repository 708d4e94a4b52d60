package ru.nastavnik.matching.solver;

/**
 * The size of a run's problem and the work the solver did, for logs and the benchmark.
 *
 * @param candidatePairs pairs that pass every hard constraint (arcs of the full flow network)
 * @param arcsSolved     candidate arcs in the last flow network solved; fewer than {@code candidatePairs} when the
 *                       sparse network with its optimality certificate sufficed
 * @param rounds         flow networks solved
 * @param millis         wall time of the solve
 */
public record SolverStats(long candidatePairs, long arcsSolved, int rounds, long millis) {
}
