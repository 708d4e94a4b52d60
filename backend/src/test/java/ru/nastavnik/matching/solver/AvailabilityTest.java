package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static Set<Slot> slots(String text) {
        return Availability.parse(text).slots();
    }

    private static Set<Slot> every(Set<DayOfWeek> days, PartOfDay... parts) {
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        for (DayOfWeek d : days) {
            for (PartOfDay p : parts) {
                slots.add(Slot.of(d, p));
            }
        }
        return slots;
    }

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void daysTakeThePartOfDayNamedWithThem() {
        assertThat(slots("вторник и четверг после уроков"))
                .containsExactlyInAnyOrder(Slot.TUESDAY_AFTERNOON, Slot.THURSDAY_AFTERNOON);
        assertThat(slots("Вторник и четверг после уроков, суббота утром")).containsExactlyInAnyOrder(
                Slot.TUESDAY_AFTERNOON, Slot.THURSDAY_AFTERNOON, Slot.SATURDAY_MORNING);
        assertThat(slots("утром по понедельникам, вечером по средам"))
                .containsExactlyInAnyOrder(Slot.MONDAY_MORNING, Slot.WEDNESDAY_EVENING);
        assertThat(slots("пн утром и вечером")).containsExactlyInAnyOrder(Slot.MONDAY_MORNING, Slot.MONDAY_EVENING);
        assertThat(slots("после обеда в пятницу")).containsExactly(Slot.FRIDAY_AFTERNOON);
        assertThat(slots("до обеда в субботу")).containsExactly(Slot.SATURDAY_MORNING);
    }

    @Test
    void rangesGroupsAndExceptionsOfDays() {
        assertThat(slots("по будням вечером")).isEqualTo(every(WEEKDAYS, PartOfDay.EVENING));
        assertThat(slots("по выходным днём")).containsExactlyInAnyOrder(Slot.SATURDAY_AFTERNOON,
                Slot.SUNDAY_AFTERNOON);
        assertThat(slots("с понедельника по среду вечером"))
                .isEqualTo(every(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), PartOfDay.EVENING));
        assertThat(slots("будни кроме пятницы после уроков"))
                .isEqualTo(every(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), PartOfDay.AFTERNOON));
        assertThat(slots("каждый день вечером")).isEqualTo(every(EnumSet.allOf(DayOfWeek.class), PartOfDay.EVENING));
    }

    @Test
    void clockTimesFallIntoPartsOfDay() {
        assertThat(slots("пн-пт с 15 до 17")).isEqualTo(every(WEEKDAYS, PartOfDay.AFTERNOON));
        assertThat(slots("Вт 14.30-16.00")).containsExactly(Slot.TUESDAY_AFTERNOON);
        assertThat(slots("четверг, после 18")).containsExactly(Slot.THURSDAY_EVENING);
        assertThat(slots("в среду в 15 ч")).containsExactly(Slot.WEDNESDAY_AFTERNOON);
        assertThat(slots("понедельник 16:00–19:00"))
                .containsExactlyInAnyOrder(Slot.MONDAY_AFTERNOON, Slot.MONDAY_EVENING);
        assertThat(slots("суббота в 10:00")).containsExactly(Slot.SATURDAY_MORNING);
    }

    @Test
    void aDayAloneIsTheWholeDayAndAPartAloneIsEverySchoolDay() {
        assertThat(slots("суббота")).isEqualTo(every(Set.of(DayOfWeek.SATURDAY), PartOfDay.values()));
        assertThat(slots("после уроков")).isEqualTo(every(WEEKDAYS, PartOfDay.AFTERNOON));
        assertThat(slots("в любое время")).hasSize(21);
    }

    @Test
    void textWithNothingRecognisableIsUnknown() {
        assertThat(Availability.parse("не знаю, как получится").known()).isFalse();
        assertThat(Availability.parse("").known()).isFalse();
        assertThat(Availability.parse(null)).isEqualTo(Availability.UNKNOWN);
        assertThat(slots("средняя школа, вторая смена")).isEmpty();
    }

    private static Set<DayOfWeek> allBut(DayOfWeek... days) {
        Set<DayOfWeek> left = EnumSet.allOf(DayOfWeek.class);
        left.removeAll(Set.of(days));
        return left;
    }

    @Test
    void negationsExcludeWhatTheyName() {
        Map<String, Set<Slot>> phrases = new LinkedHashMap<>();
        phrases.put("не могу в пятницу", every(allBut(DayOfWeek.FRIDAY), PartOfDay.values()));
        phrases.put("В пятницу не могу", every(allBut(DayOfWeek.FRIDAY), PartOfDay.values()));
        phrases.put("кроме среды", every(allBut(DayOfWeek.WEDNESDAY), PartOfDay.values()));
        phrases.put("только не по понедельникам", every(allBut(DayOfWeek.MONDAY), PartOfDay.values()));
        phrases.put("любой день, кроме выходных", every(WEEKDAYS, PartOfDay.values()));
        phrases.put("в выходные не получится", every(WEEKDAYS, PartOfDay.values()));
        phrases.put("по средам и пятницам занята", every(allBut(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                PartOfDay.values()));
        phrases.put("не могу по вторникам и четвергам", every(allBut(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                PartOfDay.values()));
        phrases.put("после уроков, но не в пятницу", every(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                PartOfDay.AFTERNOON));
        phrases.put("по будням, только не вечером", every(WEEKDAYS, PartOfDay.MORNING, PartOfDay.AFTERNOON));
        phrases.put("вторник и четверг, вечером нельзя", every(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                PartOfDay.MORNING, PartOfDay.AFTERNOON));
        phrases.put("могу в понедельник, в среду нет", every(EnumSet.of(DayOfWeek.MONDAY), PartOfDay.values()));
        phrases.put("будни не раньше 15", every(WEEKDAYS, PartOfDay.AFTERNOON, PartOfDay.EVENING));
        phrases.put("в субботу не позже 12", every(EnumSet.of(DayOfWeek.SATURDAY), PartOfDay.MORNING));
        phrases.put("каждый день кроме воскресенья после обеда", every(allBut(DayOfWeek.SUNDAY),
                PartOfDay.AFTERNOON));
        phrases.put("не знаю, может быть в четверг", every(EnumSet.of(DayOfWeek.THURSDAY), PartOfDay.values()));
        phrases.forEach((text, expected) -> assertThat(slots(text)).as(text).isEqualTo(expected));
        assertThat(slots("кроме воскресенья")).isEqualTo(every(allBut(DayOfWeek.SUNDAY), PartOfDay.values()))
                .hasSize(18);
    }
}
