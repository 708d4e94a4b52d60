package ru.nastavnik.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When intermediate feedback is due. "First after N months, then every M months" counts each date from the pair's
 * start (start + N, start + N + M, …), never from the date before, so that a start on the 31st gives the last day
 * of short months without drifting earlier in the long ones. A list of dates is taken as it is.
 */
final class DueDates {

    private DueDates() {
    }

    /** The due dates of the schedule from {@code start} up to {@code end}, both included, in order. */
    static List<LocalDate> within(ScheduleMode mode, int first, int every, List<LocalDate> dates, LocalDate start,
            LocalDate end) {
        List<LocalDate> due = new ArrayList<>();
        switch (mode) {
            case NONE -> {
            }
            case PERIODIC -> {
                for (int k = 0;; k++) {
                    LocalDate d = periodic(start, first, every, k);
                    if (d.isAfter(end)) {
                        break;
                    }
                    due.add(d);
                }
            }
            case DATES -> dates.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).sorted()
                    .forEach(due::add);
        }
        return due;
    }

    /**
     * The latest due date on or before {@code today} and not before {@code from}: the one to issue now. Dates that
     * passed while nothing ran and that a later date has since overtaken are skipped, never issued late in a pile.
     */
    static Optional<LocalDate> latestDue(ScheduleMode mode, int first, int every, List<LocalDate> dates,
            LocalDate start, LocalDate from, LocalDate today) {
        List<LocalDate> due = within(mode, first, every, dates, start, today);
        return due.isEmpty() || due.get(due.size() - 1).isBefore(from) ? Optional.empty()
                : Optional.of(due.get(due.size() - 1));
    }

    /**
     * The first due date after {@code day} and not before {@code from}, however far: a periodic series has no end
     * here, because the pair's end may still move; whether a date falls within the term is checked when it comes.
     */
    static Optional<LocalDate> nextAfter(ScheduleMode mode, int first, int every, List<LocalDate> dates,
            LocalDate start, LocalDate from, LocalDate day) {
        LocalDate after = day.isBefore(from) ? from.minusDays(1) : day;
        return switch (mode) {
            case NONE -> Optional.empty();
            case PERIODIC -> {
                for (int k = 0;; k++) {
                    LocalDate d = periodic(start, first, every, k);
                    if (d.isAfter(after)) {
                        yield Optional.of(d);
                    }
                }
            }
            case DATES -> dates.stream().filter(d -> d.isAfter(after) && !d.isBefore(start)).sorted().findFirst();
        };
    }

    private static LocalDate periodic(LocalDate start, int first, int every, int k) {
        return start.plusMonths(first + (long) k * every);
    }
}
