package ru.nastavnik.completion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ru.nastavnik.diary.MeetingKind;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.plan.ActivityStatus;

/** Everything the final report of a completed pair states, gathered by {@link ReportService}. */
record ReportFacts(
        String schoolFullName,
        String schoolShortName,
        MentorshipView pair,
        String curatorName,
        String curatorPosition,
        boolean hasProgramme,
        List<Goal> goals,
        List<Activity> activities,
        Map<MeetingKind, Long> meetingsHeld,
        LocalDate finalMeetingOn,
        LocalDate completedOn,
        boolean finalMeetingHeld,
        String comment,
        String questionnaire,
        Map<String, Impact.Comparison> impact,
        List<Satisfaction> satisfaction) {

    record Goal(String title, String tasks, GoalResult result, String note) {
    }

    record Activity(String title, LocalDate dueOn, ActivityStatus status, String result, LocalDate doneOn) {
    }

    /** The means of one completion questionnaire's scale questions among the pair's people who answered it. */
    record Satisfaction(String title, int respondents, List<Score> scores) {
    }

    record Score(String text, double mean, int max) {
    }
}
