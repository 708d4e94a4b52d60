package ru.nastavnik.common;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long and how many verified bearer tokens the API remembers (see {@link VerifiedTokenCache}). */
@ConfigMapping(prefix = "nastavnik.token-cache")
public interface TokenCacheConfig {

    /**
     * The longest a verified token is trusted without verifying it again, however far its {@code exp} is: how soon a
     * signing key removed from Keycloak stops being accepted.
     */
    @WithDefault("PT60S")
    Duration maxAge();

    /** The most tokens remembered at once; 0 verifies every request. */
    @WithDefault("10000")
    long maxSize();
}
