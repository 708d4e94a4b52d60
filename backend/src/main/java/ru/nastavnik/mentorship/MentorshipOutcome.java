package ru.nastavnik.mentorship;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the curator judged a completed pair's work; anything short of effective needs a reason. */
@Schema(description = "Итог работы пары: эффективна, частично эффективна, неэффективна")
public enum MentorshipOutcome {
    EFFECTIVE("эффективна"), PARTLY_EFFECTIVE("частично эффективна"), NOT_EFFECTIVE("неэффективна");

    /** The predicate of the final report's sentence «Работа пары (группы) эффективна». */
    public final String label;

    MentorshipOutcome(String label) {
        this.label = label;
    }
}
