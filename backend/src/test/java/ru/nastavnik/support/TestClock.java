package ru.nastavnik.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The application's clock in tests: the system's, until a test sets the day it needs; {@link #reset()} gives the
 * system's back. Replaces the default clock bean for every test, which sees no difference unless it sets a day.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId REGION = ZoneId.of("Europe/Moscow");

    private volatile Instant fixed;

    /** Noon of that day in the region's time zone, standing still. */
    public void set(LocalDate day) {
        fixed = day.atTime(LocalTime.NOON).atZone(REGION).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return TestClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now != null ? now : Instant.now();
    }
}
