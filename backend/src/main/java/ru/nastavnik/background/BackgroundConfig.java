package ru.nastavnik.background;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the API instances share background work. A lease must outlive a few renewals, so that one slow renewal does
 * not lose it: keep {@code renewEvery} well under half of {@code leaseDuration}.
 */
@ConfigMapping(prefix = "nastavnik.background")
public interface BackgroundConfig {

    /** This instance's name in the leases it holds; by default the host name, the process id and a random suffix. */
    Optional<String> instanceId();

    /** How long a lease lasts without renewal: how soon the work of an instance that stopped is ended by another. */
    @WithDefault("PT30S")
    Duration leaseDuration();

    /** How often an instance renews the leases it holds. */
    @WithDefault("PT10S")
    Duration renewEvery();

    /** How often the leases that ran out are reaped (one instance does it each time). */
    @WithDefault("PT15S")
    Duration reapEvery();

    /** How often an instance looks for scheduled tasks that are due. */
    @WithDefault("PT1S")
    Duration pollEvery();
}
