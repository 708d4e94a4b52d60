package ru.nastavnik.monitoring;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import ru.nastavnik.support.Tokens;

/** The region of monitoring/funnel-region.sql, whose funnel and mentees' impact the tests know by hand. */
final class FunnelRegion {

    static final UUID REGION = UUID.fromString("a8000000-0000-0000-0000-000000000001");
    static final UUID F1 = UUID.fromString("a8000000-0000-0000-0001-000000000001");
    static final UUID F2 = UUID.fromString("a8000000-0000-0000-0001-000000000002");
    static final UUID SCHOOL_1 = UUID.fromString("a8000000-0000-0000-0002-000000000001");
    static final UUID SCHOOL_2 = UUID.fromString("a8000000-0000-0000-0002-000000000002");
    static final UUID SCHOOL_3 = UUID.fromString("a8000000-0000-0000-0002-000000000003");

    private FunnelRegion() {
    }

    static void ensure(DataSource owner) {
        KnownRegion.write(owner, REGION, "/monitoring/funnel-region.sql");
    }

    static String regional() {
        return Tokens.token("region-96", "regional", Map.of("region_id", REGION));
    }

    static String municipal(UUID municipality) {
        return Tokens.token("muni-" + municipality, "municipal",
                Map.of("region_id", REGION, "municipality_id", municipality));
    }
}
