package ru.nastavnik.common;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The clock that decides what "today" is for work that depends on the date (which feedback is due). A bean, so that
 * tests can move time forward: any other {@link Clock} bean replaces this one.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock system() {
        return Clock.systemUTC();
    }
}
