package ru.nastavnik.background;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** This API instance, as the leases it holds name it. */
@ApplicationScoped
public class BackgroundInstance {

    private final String id;

    @Inject
    BackgroundInstance(BackgroundConfig config) {
        // A restarted process must never take its predecessor's leases for its own: the random part sees to that.
        id = config.instanceId().orElseGet(() -> host() + "-" + ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    public String id() {
        return id;
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "api" : host;
    }
}
