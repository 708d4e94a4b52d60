package ru.nastavnik.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/** Access tokens shaped like the ones Keycloak issues for the demo users of the realm file. */
public final class Tokens {

    private Tokens() {
    }

    public static final String ISSUER = "https://keycloak.test/realms/nastavnik";

    public static String region() {
        return token("region", "regional", Map.of("region_id", Demo.REGION));
    }

    public static String otherRegion() {
        return token("region-pskov", "regional", Map.of("region_id", Demo.OTHER_REGION));
    }

    public static String muni() {
        return token("muni", "municipal", Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_A));
    }

    public static String muni2() {
        return token("muni2", "municipal", Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_B));
    }

    public static String school() {
        return token("school", "school",
                Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_A, "school_id", Demo.SCHOOL_A1));
    }

    public static String school2() {
        return token("school2", "school",
                Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_B, "school_id", Demo.SCHOOL_B1));
    }

    /** A curator of any school, for tests that need data inside a school other users may not reach. */
    public static String forSchool(UUID school) {
        return token("curator-" + school, "school", Map.of("school_id", school));
    }

    public static String portal() {
        return token("portal", "portal", Map.of("region_id", Demo.REGION));
    }

    /**
     * The service account of the confidential client nastavnik-portal, as Keycloak issues it for the client
     * credentials grant: the client's own name, the realm's default roles beside portal, and the region attribute.
     */
    public static String portalClient() {
        return Jwt.issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes("service-account-nastavnik-portal".getBytes()).toString())
                .claim("preferred_username", "service-account-nastavnik-portal")
                .claim("azp", "nastavnik-portal")
                .claim("client_id", "nastavnik-portal")
                .claim("realm_access", Map.of("roles",
                        List.of("default-roles-nastavnik", "offline_access", "uma_authorization", "portal")))
                .claim("region_id", Demo.REGION.toString())
                .expiresAt(Instant.now().plusSeconds(300).getEpochSecond())
                .sign();
    }

    public static String token(String username, String role, Map<String, UUID> scope) {
        return token(username, role, scope, Instant.now().plusSeconds(3600));
    }

    public static String token(String username, String role, Map<String, UUID> scope, Instant expiresAt) {
        Map<String, Object> claims = new HashMap<>();
        scope.forEach((k, v) -> claims.put(k, v.toString()));
        var builder = Jwt.issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("name", "Тестовый пользователь " + username)
                .claim("realm_access", Map.of("roles", role == null ? List.of() : List.of(role)))
                .expiresAt(expiresAt.getEpochSecond());
        claims.forEach(builder::claim);
        return builder.sign();
    }
}
