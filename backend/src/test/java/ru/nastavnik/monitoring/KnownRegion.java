package ru.nastavnik.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import ru.nastavnik.support.Tokens;

/** The region of monitoring/known-region.sql, whose figures the tests know by hand, and its users. */
final class KnownRegion {

    static final UUID REGION = UUID.fromString("a7000000-0000-0000-0000-000000000001");
    static final UUID M1 = UUID.fromString("a7000000-0000-0000-0001-000000000001");
    static final UUID M2 = UUID.fromString("a7000000-0000-0000-0001-000000000002");
    static final UUID SCHOOL_1 = UUID.fromString("a7000000-0000-0000-0002-000000000001");
    static final UUID SCHOOL_2 = UUID.fromString("a7000000-0000-0000-0002-000000000002");
    static final UUID COLLEGE = UUID.fromString("a7000000-0000-0000-0002-000000000003");
    static final UUID SCHOOL_3 = UUID.fromString("a7000000-0000-0000-0002-000000000006");

    private KnownRegion() {
    }

    static void ensure(DataSource owner) {
        write(owner, REGION, "/monitoring/known-region.sql");
    }

    /**
     * Writes a region from a script once per database, as the owner (past row-level security, as a migration
     * would).
     */
    static synchronized void write(DataSource owner, UUID region, String script) {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            var r = s.executeQuery("SELECT count(*) FROM region WHERE id = '" + region + "'");
            r.next();
            if (r.getInt(1) > 0) {
                return;
            }
            try (InputStream in = KnownRegion.class.getResourceAsStream(script)) {
                s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The region of " + script + " was not written", e);
        }
    }

    static String regional() {
        return Tokens.token("region-97", "regional", Map.of("region_id", REGION));
    }

    static String municipal(UUID municipality) {
        return Tokens.token("muni-" + municipality, "municipal",
                Map.of("region_id", REGION, "municipality_id", municipality));
    }

    static String school(UUID school) {
        return Tokens.forSchool(school);
    }
}
