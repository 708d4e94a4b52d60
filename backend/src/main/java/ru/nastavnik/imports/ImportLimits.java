package ru.nastavnik.imports;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a file may be. Both limits keep one upload from crowding out everyone else's work. */
@ConfigMapping(prefix = "nastavnik.imports")
public interface ImportLimits {

    /** Bytes; larger uploads are refused with 413 while they stream in. */
    @WithDefault("52428800")
    long maxFileSize();

    /** Data rows; a file with more is refused with 422 before a job starts. */
    @WithDefault("200000")
    int maxRows();

    /** The longest one job's transaction may stay open. */
    @WithDefault("PT30M")
    Duration transactionTimeout();
}
