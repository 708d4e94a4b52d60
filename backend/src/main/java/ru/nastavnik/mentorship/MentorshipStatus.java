package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** proposed → approved (by an order) → active → completed; any open status → terminated. */
@Schema(description = "Статус наставнической пары (группы): предложена, утверждена приказом, действует, завершена, "
        + "прекращена")
public enum MentorshipStatus {
    PROPOSED("Предложена"),
    APPROVED("Утверждена"),
    ACTIVE("Действует"),
    COMPLETED("Завершена"),
    TERMINATED("Прекращена");

    public final String label;

    MentorshipStatus(String label) {
        this.label = label;
    }

    /** Not over yet: the members are taken, the mentor's places are used. */
    public boolean open() {
        return this == PROPOSED || this == APPROVED || this == ACTIVE;
    }

    boolean canBecome(MentorshipStatus next) {
        return switch (next) {
            case PROPOSED -> false;
            case APPROVED -> this == PROPOSED;
            case ACTIVE -> this == APPROVED;
            case COMPLETED -> this == ACTIVE;
            case TERMINATED -> open();
        };
    }
}
