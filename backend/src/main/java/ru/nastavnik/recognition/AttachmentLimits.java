package ru.nastavnik.recognition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much a best practice may carry: its materials are kept in the database and sent to every reviewer. */
@ConfigMapping(prefix = "nastavnik.best-practices")
public interface AttachmentLimits {

    /** Bytes of one file; a larger one is refused with 413 before it is read whole. */
    @WithDefault("10485760")
    long maxFileSize();

    /** Bytes of all the materials of one practice together. */
    @WithDefault("31457280")
    long maxTotalSize();
}
