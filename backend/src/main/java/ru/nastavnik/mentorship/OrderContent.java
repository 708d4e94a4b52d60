package ru.nastavnik.mentorship;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.participant.MentoringForm;

/**
 * What an order says, frozen when it is issued. Dates are ISO strings so that the stored JSON needs no date
 * support from whichever mapper reads it.
 */
public record OrderContent(
        String schoolFullName,
        String schoolShortName,
        String curatorName,
        String curatorPosition,
        String headPosition,
        String headName,
        List<Row> rows) {

    /** One line of the appendix: a pair or a group. */
    public record Row(UUID mentorshipId, String mentor, List<String> mentees, MentoringForm form, MentorshipKind kind,
            String plannedStart, String plannedEnd) {
    }
}
