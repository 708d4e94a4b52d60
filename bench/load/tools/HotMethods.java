import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording: the share of samples spent under each part
 * of the request's path (a sample counts for every part found on its stack, so the shares overlap), and the hottest
 * methods by their own time and by inclusive time.
 *
 *   java bench/load/tools/HotMethods.java recording.jfr [top]
 */
public class HotMethods {

    /** Parts of a request's path, recognised by a frame's class name prefix (first match of a frame wins). */
    private static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("token check (quarkus-oidc, jose4j, smallrye-jwt)", List.of("io.quarkus.oidc.", "org.jose4j.",
                "io.smallrye.jwt.", "io.quarkus.smallrye.jwt."));
        PARTS.put("signature crypto (JCA: RSA, SHA)", List.of("sun.security.", "java.math.BigInteger",
                "com.sun.crypto.", "sun.security.rsa."));
        PARTS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        PARTS.put("Hibernate ORM, Panache", List.of("org.hibernate.", "io.quarkus.hibernate."));
        PARTS.put("transactions (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana.", "org.jboss.tm."));
        PARTS.put("JDBC driver (pgjdbc)", List.of("org.postgresql."));
        PARTS.put("connection pool (Agroal)", List.of("io.agroal."));
        PARTS.put("HTTP (Vert.x, Netty)", List.of("io.vertx.", "io.netty."));
        PARTS.put("REST layer (RESTEasy Reactive)", List.of("org.jboss.resteasy.reactive.",
                "io.quarkus.resteasy.reactive."));
        PARTS.put("CDI (ArC)", List.of("io.quarkus.arc."));
        PARTS.put("security (quarkus-security)", List.of("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security."));
        PARTS.put("verified-token cache (VerifiedTokenCache, Caffeine)", List.of("ru.nastavnik.common.VerifiedToken",
                "com.github.benmanes.caffeine."));
        PARTS.put("application (ru.nastavnik)", List.of("ru.nastavnik."));
    }

    public static void main(String[] args) throws IOException {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> parts = new LinkedHashMap<>();
        PARTS.keySet().forEach(p -> parts.put(p, 0));
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seenMethods = new HashSet<>();
            Set<String> seenParts = new HashSet<>();
            for (RecordedFrame f : frames) {
                String method = name(f);
                if (seenMethods.add(method)) {
                    inclusive.merge(method, 1, Integer::sum);
                }
                String part = part(f.getMethod().getType().getName());
                if (part != null && seenParts.add(part)) {
                    parts.merge(part, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d CPU samples%n%nshare of samples under each part (overlapping):%n", samples);
        for (Map.Entry<String, Integer> p : parts.entrySet()) {
            System.out.printf("  %5.1f %%  %s%n", percent(p.getValue(), samples), p.getKey());
        }
        print("hottest methods, own time", self, samples, top);
        print("hottest methods, inclusive", inclusive, samples, top);
    }

    private static String part(String type) {
        for (Map.Entry<String, List<String>> p : PARTS.entrySet()) {
            for (String prefix : p.getValue()) {
                if (type.startsWith(prefix)) {
                    return p.getKey();
                }
            }
        }
        return null;
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.printf("%n%s:%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf("  %5.1f %%  %s%n", percent(c.getValue(), samples), c.getKey()));
    }

    private static double percent(int n, int samples) {
        return samples == 0 ? 0 : 100.0 * n / samples;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
