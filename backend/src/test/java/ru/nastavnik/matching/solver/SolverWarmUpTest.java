package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolverWarmUpTest {

    @Test
    void theWarmUpRunsBothSolversOnAValidRunAndLeavesThemWorking() {
        assertThat(SolverWarmUp.run()).isNotNegative();
        MatchResult after = new MatchingSolver().solveStable(RandomRuns.sized(2, 30, 90));
        assertThat(after.blockingPairCount()).isZero();
    }
}
