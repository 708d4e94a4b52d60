package ru.nastavnik.imports;

import java.util.UUID;

/**
 * What the uploader asked for: the kind, a dry run or a commit, all-or-nothing, the questionnaire responses answer
 * and the roadmap a roadmap's rows go into.
 */
record ImportOptions(ImportKind kind, boolean dryRun, boolean allOrNothing, UUID questionnaireId, UUID roadmapId) {
}
