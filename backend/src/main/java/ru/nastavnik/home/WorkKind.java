package ru.nastavnik.home;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What may be waiting for a school's curator, in the order the home page shows it. */
@Schema(description = "Что ждёт куратора: предложение без решения, пара без программы через две недели после приказа, "
        + "просроченное мероприятие, пара без встреч 30 дней, невозвращённая анкета, пара, которая скоро заканчивает "
        + "работу, возвращённая практика")
public enum WorkKind {
    PROPOSAL_UNDECIDED,
    PROGRAMME_MISSING,
    ACTIVITY_OVERDUE,
    NO_RECENT_MEETING,
    FEEDBACK_NOT_RETURNED,
    ENDING_SOON,
    PRACTICE_RETURNED
}
