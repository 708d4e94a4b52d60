package ru.nastavnik.imports;

import java.util.UUID;

/** What the uploader asked for: the kind, a dry run or a commit, all-or-nothing, and a questionnaire for responses. */
record ImportOptions(ImportKind kind, boolean dryRun, boolean allOrNothing, UUID questionnaireId) {
}
