package ru.nastavnik.portal;

import java.time.LocalDate;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the passport of the open-data set says about its owner, which only the deployment knows (application.properties
 * names the environment variables).
 */
@ConfigMapping(prefix = "nastavnik.opendata")
public interface OpenDataConfig {

    /** The set's identifier: by the methodology the owner's ИНН, a dash and the set's own code. */
    @WithDefault("0000000000-mentoring-indicators")
    String identifier();

    /** The authority that owns the set (владелец набора данных); without one, the region's name. */
    Optional<String> owner();

    /** Who answers for the set: name, phone and e-mail, as the methodology asks. */
    @WithDefault("Не назначено")
    String responsible();

    Optional<String> phone();

    Optional<String> email();

    /** The day the set was first published; without one, the day of the earliest change it counts. */
    Optional<LocalDate> firstPublished();
}
