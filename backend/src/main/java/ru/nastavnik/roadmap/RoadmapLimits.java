package ru.nastavnik.roadmap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large the evidence of an item may be: it is kept in the database and read by the level above. */
@ConfigMapping(prefix = "nastavnik.roadmaps")
public interface RoadmapLimits {

    /** Bytes of one evidence file; a larger one is refused with 413 before it is read whole. */
    @WithDefault("10485760")
    long maxEvidenceSize();
}
