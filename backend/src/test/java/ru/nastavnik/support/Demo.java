package ru.nastavnik.support;

import java.util.UUID;

/** Ids of the demo data (db/demo) and of the test-only second region (db/testdata). */
public final class Demo {

    private Demo() {
    }

    public static final UUID REGION = UUID.fromString("10000000-0000-0000-0000-000000000001");
    public static final UUID MUNI_A = UUID.fromString("20000000-0000-0000-0000-00000000000a");
    public static final UUID MUNI_B = UUID.fromString("20000000-0000-0000-0000-00000000000b");
    public static final UUID MUNI_C = UUID.fromString("20000000-0000-0000-0000-00000000000c");
    public static final UUID SCHOOL_A1 = UUID.fromString("30000000-0000-0000-0000-0000000000a1");
    public static final UUID SCHOOL_A2 = UUID.fromString("30000000-0000-0000-0000-0000000000a2");
    public static final UUID SCHOOL_B1 = UUID.fromString("30000000-0000-0000-0000-0000000000b1");
    public static final UUID CURATOR_A1 = UUID.fromString("40000000-0000-0000-0000-0000000000a1");
    public static final UUID CURATOR_B1 = UUID.fromString("40000000-0000-0000-0000-0000000000b1");

    public static final UUID OTHER_REGION = UUID.fromString("10000000-0000-0000-0000-000000000002");
    public static final UUID OTHER_MUNI = UUID.fromString("20000000-0000-0000-0000-0000000000f1");
    public static final UUID OTHER_SCHOOL = UUID.fromString("30000000-0000-0000-0000-0000000000f1");
    public static final UUID OTHER_CURATOR = UUID.fromString("40000000-0000-0000-0000-0000000000f1");
}
