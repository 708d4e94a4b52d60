package ru.nastavnik.matching.solver;

/** The three parts of a day people name when they say when they are free. */
public enum PartOfDay {
    /** Before noon, including before lessons. */
    MORNING,
    /** Noon to 17:00, including after lessons. */
    AFTERNOON,
    /** From 17:00, including after work. */
    EVENING;

    /** The part of day an hour (0–23) falls in; night hours count as the nearest part. */
    static PartOfDay ofHour(int hour) {
        if (hour < 12) {
            return MORNING;
        }
        return hour < 17 ? AFTERNOON : EVENING;
    }
}
