package ru.nastavnik.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The schedule's arithmetic on known dates. */
class DueDatesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void firstAfterOneMonthThenEveryTwoWithinTheTerm() {
        assertThat(DueDates.within(ScheduleMode.PERIODIC, 1, 2, List.of(), d("2025-09-15"), d("2026-05-29")))
                .containsExactly(d("2025-10-15"), d("2025-12-15"), d("2026-02-15"), d("2026-04-15"));
    }

    @Test
    void theEndDayItselfCounts() {
        assertThat(DueDates.within(ScheduleMode.PERIODIC, 3, 3, List.of(), d("2025-09-01"), d("2026-03-01")))
                .containsExactly(d("2025-12-01"), d("2026-03-01"));
    }

    @Test
    void aStartOnTheLastDayOfAMonthGivesEachMonthsLastDayWithoutDrifting() {
        assertThat(DueDates.within(ScheduleMode.PERIODIC, 1, 1, List.of(), d("2025-01-31"), d("2025-06-30")))
                .containsExactly(d("2025-02-28"), d("2025-03-31"), d("2025-04-30"), d("2025-05-31"),
                        d("2025-06-30"));
        assertThat(DueDates.within(ScheduleMode.PERIODIC, 1, 12, List.of(), d("2024-01-31"), d("2024-12-31")))
                .containsExactly(d("2024-02-29"));
    }

    @Test
    void listedDatesAreTakenInOrderAndOnlyWithinTheTerm() {
        List<LocalDate> dates = List.of(d("2026-03-10"), d("2025-08-01"), d("2025-11-20"), d("2026-07-01"));
        assertThat(DueDates.within(ScheduleMode.DATES, 0, 0, dates, d("2025-09-01"), d("2026-05-31")))
                .containsExactly(d("2025-11-20"), d("2026-03-10"));
        assertThat(DueDates.within(ScheduleMode.NONE, 0, 0, dates, d("2025-09-01"), d("2026-05-31"))).isEmpty();
    }

    @Test
    void theDateToIssueIsTheLatestThatHasComeSkippingOnesOvertakenMeanwhile() {
        LocalDate start = d("2025-09-01");
        assertThat(DueDates.latestDue(ScheduleMode.PERIODIC, 1, 1, List.of(), start, start, d("2025-09-30")))
                .isEmpty();
        assertThat(DueDates.latestDue(ScheduleMode.PERIODIC, 1, 1, List.of(), start, start, d("2025-10-01")))
                .contains(d("2025-10-01"));
        // Nothing ran in November: on 10 December only the December date is issued, not October's and November's.
        assertThat(DueDates.latestDue(ScheduleMode.PERIODIC, 1, 1, List.of(), start, start, d("2025-12-10")))
                .contains(d("2025-12-01"));
    }

    @Test
    void datesBeforeTheScheduleWasSetAreNeverIssued() {
        LocalDate start = d("2025-09-01");
        assertThat(DueDates.latestDue(ScheduleMode.PERIODIC, 1, 1, List.of(), start, d("2025-12-02"),
                d("2025-12-10"))).isEmpty();
        assertThat(DueDates.nextAfter(ScheduleMode.PERIODIC, 1, 1, List.of(), start, d("2025-12-02"),
                d("2025-11-15"))).contains(d("2026-01-01"));
    }

    @Test
    void theNextDateRunsOnPastTheTermSinceTheTermMayStillBeExtended() {
        LocalDate start = d("2025-09-15");
        assertThat(DueDates.nextAfter(ScheduleMode.PERIODIC, 1, 2, List.of(), start, start, d("2025-10-15")))
                .contains(d("2025-12-15"));
        assertThat(DueDates.nextAfter(ScheduleMode.PERIODIC, 1, 2, List.of(), start, start, d("2027-01-01")))
                .contains(d("2027-02-15"));
        List<LocalDate> dates = List.of(d("2025-10-01"), d("2025-12-01"));
        assertThat(DueDates.nextAfter(ScheduleMode.DATES, 0, 0, dates, start, start, d("2025-10-01")))
                .contains(d("2025-12-01"));
        assertThat(DueDates.nextAfter(ScheduleMode.DATES, 0, 0, dates, start, start, d("2025-12-01"))).isEmpty();
    }
}
