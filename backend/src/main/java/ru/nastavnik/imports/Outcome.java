package ru.nastavnik.imports;

/** The counts of a finished job, rows counted once whatever number of messages they have. */
record Outcome(int created, int updated, int unchanged, int rejected, boolean applied) {

    /** A dry run applies nothing; all-or-nothing applies nothing when any row is rejected. */
    static boolean shouldApply(ImportOptions options, int rejected) {
        return !options.dryRun() && !(options.allOrNothing() && rejected > 0);
    }
}
