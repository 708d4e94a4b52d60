package ru.nastavnik.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.nastavnik.support.Api.as;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Tokens;

/**
 * bench/load measures the participants list against copies of it without the token check and without row-level
 * security. Those endpoints are compiled only by backend's Maven profile "bench" (into target-bench); the build that
 * is tested and shipped must not have them, with or without a token.
 */
@QuarkusTest
class BenchEndpointsAbsentTest {

    @ParameterizedTest
    @ValueSource(strings = { "untokened", "bare", "tokened" })
    void theApiServesNoBenchEndpoint(String variant) {
        String path = "/bench/schools/" + Demo.SCHOOL_A1 + "/participants/" + variant;
        as(null).get(path).then().statusCode(404);
        as(Tokens.school()).get(path).then().statusCode(404);
    }

    @Test
    void theApplicationHasNoBenchClass() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ru.nastavnik.bench.BenchParticipantResource"));
    }
}
