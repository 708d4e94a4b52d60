package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.PostgresResource;
import ru.nastavnik.support.Tokens;

/**
 * A bearer token is verified once and then recognised by its exact bytes until it expires: what a client relies on
 * (the same answers on every request) and what security relies on (nothing accepted that verification would refuse).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class TokenCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void theSameTokenIsVerifiedOnceAndThenAnswersTheSameOnEveryRequest() {
        String token = Tokens.school();
        double misses = misses();
        double hits = hits();
        String first = as(token).get("/api/me").then().statusCode(200).extract().asString();
        for (int i = 0; i < 3; i++) {
            as(token).get("/api/me").then().statusCode(200).body(equalTo(first));
        }
        assertThat(misses() - misses).as("verifications by quarkus-oidc").isEqualTo(1);
        assertThat(hits() - hits).as("requests answered from the cache").isEqualTo(3);
    }

    @Test
    void rolesApplyOnARememberedTokenAsOnAFreshOne() {
        String school = Tokens.school();
        String muni = Tokens.muni();
        for (int i = 0; i < 2; i++) {
            as(school).get("/api/schools/" + Demo.SCHOOL_A1 + "/match-runs").then().statusCode(200);
            as(muni).get("/api/schools/" + Demo.SCHOOL_A1 + "/match-runs").then().statusCode(403);
            as(muni).get("/api/me").then().statusCode(200).body("role", equalTo("municipal"))
                    .body("municipalityId", equalTo(Demo.MUNI_A.toString())).body("schoolId", nullValue());
        }
    }

    @Test
    void aTokenThatExpiresWhileRememberedIsRefusedRightAfterItsExpiry() throws InterruptedException {
        Instant expiry = Instant.ofEpochSecond(Instant.now().plusSeconds(3).getEpochSecond());
        String token = Tokens.token("school", "school",
                Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_A, "school_id", Demo.SCHOOL_A1), expiry);
        as(token).get("/api/me").then().statusCode(200);
        double hits = hits();
        as(token).get("/api/me").then().statusCode(200);
        assertThat(hits() - hits).isEqualTo(1);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 20);
        as(token).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        as(token).get("/api/me").then().statusCode(401);
        assertThat(hits() - hits).as("no hit after the expiry").isEqualTo(1);
    }

    @Test
    void aTokenDifferingByOneByteOfItsSignatureIsRefusedAfterTheGenuineOneWasRemembered() {
        String genuine = Tokens.region();
        as(genuine).get("/api/me").then().statusCode(200);
        as(genuine).get("/api/me").then().statusCode(200);

        int middle = genuine.lastIndexOf('.') + (genuine.length() - genuine.lastIndexOf('.')) / 2;
        char flipped = genuine.charAt(middle) == 'A' ? 'B' : 'A';
        String forged = genuine.substring(0, middle) + flipped + genuine.substring(middle + 1);
        double misses = misses();
        for (int i = 0; i < 2; i++) {
            as(forged).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        }
        assertThat(misses() - misses).as("the forged token is verified, and refused, every time").isEqualTo(2);
        as(genuine).get("/api/me").then().statusCode(200).body("role", equalTo("regional"));
    }

    @Test
    void anotherUsersTokenNeverGetsTheFirstUsersIdentity() {
        String school = Tokens.school();
        String school2 = Tokens.school2();
        as(school).get("/api/me").then().statusCode(200).body("username", equalTo("school"));
        as(school2).get("/api/me").then().statusCode(200).body("username", equalTo("school2"))
                .body("schoolId", equalTo(Demo.SCHOOL_B1.toString()));
        as(school).get("/api/me").then().statusCode(200).body("schoolId", equalTo(Demo.SCHOOL_A1.toString()));

        // The same user with another token (say, after their school changed) is who the new token says.
        String moved = Tokens.token("school", "school",
                Map.of("region_id", Demo.REGION, "municipality_id", Demo.MUNI_B, "school_id", Demo.SCHOOL_B1));
        as(moved).get("/api/me").then().statusCode(200).body("schoolId", equalTo(Demo.SCHOOL_B1.toString()));
        as(school).get("/api/me").then().statusCode(200).body("schoolId", equalTo(Demo.SCHOOL_A1.toString()));
    }

    @Test
    void operatorsSeeHitsAndMissesInTheMetrics() {
        String token = Tokens.portal();
        as(token).get("/api/me").then().statusCode(200);
        as(token).get("/api/me").then().statusCode(200);
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("nastavnik_token_cache_hits_total"))
                .body(containsString("nastavnik_token_cache_misses_total"))
                .body(containsString("nastavnik_token_cache_size"));
    }

    private double hits() {
        return registry.get("nastavnik.token.cache.hits").counter().count();
    }

    private double misses() {
        return registry.get("nastavnik.token.cache.misses").counter().count();
    }
}
