package ru.nastavnik.roadmap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Вид срока: DATE — до дня (value: 2026-10-01), MONTH — месяц (value: 2026-09; from — первый месяц"
        + " промежутка «сентябрь – октябрь»), THROUGH_YEAR — в течение года, AS_NEEDED — по мере необходимости,"
        + " MONTHLY — ежемесячно, QUARTERLY — ежеквартально")
public enum DeadlineKind {
    DATE, MONTH, THROUGH_YEAR, AS_NEEDED, MONTHLY, QUARTERLY;

    /** Whether the deadline is a point in time that can pass. */
    boolean dated() {
        return this == DATE || this == MONTH;
    }
}
