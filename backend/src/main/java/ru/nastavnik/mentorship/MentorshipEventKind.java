package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Запись истории: предложена, утверждена приказом, начата, завершена, прекращена, срок продлён, "
        + "срок сокращён, наставляемый выбыл из группы")
public enum MentorshipEventKind {
    PROPOSED, APPROVED, ACTIVATED, COMPLETED, TERMINATED, EXTENDED, SHORTENED, MENTEE_REMOVED
}
