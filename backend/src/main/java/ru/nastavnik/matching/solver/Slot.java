package ru.nastavnik.matching.solver;

import java.time.DayOfWeek;

/** One weekly slot: a weekday and a part of it. */
public enum Slot {
    MONDAY_MORNING,
    MONDAY_AFTERNOON,
    MONDAY_EVENING,
    TUESDAY_MORNING,
    TUESDAY_AFTERNOON,
    TUESDAY_EVENING,
    WEDNESDAY_MORNING,
    WEDNESDAY_AFTERNOON,
    WEDNESDAY_EVENING,
    THURSDAY_MORNING,
    THURSDAY_AFTERNOON,
    THURSDAY_EVENING,
    FRIDAY_MORNING,
    FRIDAY_AFTERNOON,
    FRIDAY_EVENING,
    SATURDAY_MORNING,
    SATURDAY_AFTERNOON,
    SATURDAY_EVENING,
    SUNDAY_MORNING,
    SUNDAY_AFTERNOON,
    SUNDAY_EVENING;

    private static final Slot[] ALL = values();

    public DayOfWeek day() {
        return DayOfWeek.of(ordinal() / PartOfDay.values().length + 1);
    }

    public PartOfDay part() {
        return PartOfDay.values()[ordinal() % PartOfDay.values().length];
    }

    public static Slot of(DayOfWeek day, PartOfDay part) {
        return ALL[(day.getValue() - 1) * PartOfDay.values().length + part.ordinal()];
    }
}
