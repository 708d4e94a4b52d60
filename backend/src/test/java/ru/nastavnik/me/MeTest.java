package ru.nastavnik.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.PostgresResource;
import ru.nastavnik.support.Tokens;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class MeTest {

    @Test
    void aSchoolUserLearnsTheirRoleAndTheWholeChainAboveTheirSchool() {
        given().auth().oauth2(Tokens.school()).get("/api/me").then().statusCode(200)
                .body("username", equalTo("school"))
                .body("role", equalTo("school"))
                .body("schoolId", equalTo(Demo.SCHOOL_A1.toString()))
                .body("schoolName", equalTo("МОУ СОШ № 17"))
                .body("municipalityId", equalTo(Demo.MUNI_A.toString()))
                .body("municipalityName", equalTo("Городской округ город Тверь"))
                .body("regionId", equalTo(Demo.REGION.toString()))
                .body("regionName", equalTo("Тверская область"));
    }

    @Test
    void aRegionalUserHasNoMunicipalityOrSchool() {
        given().auth().oauth2(Tokens.region()).get("/api/me").then().statusCode(200)
                .body("role", equalTo("regional"))
                .body("regionName", equalTo("Тверская область"))
                .body("municipalityId", nullValue())
                .body("schoolId", nullValue());
    }

    @Test
    void withoutATokenTheAnswerIsAProblemWithStatus401() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:unauthorized"));
    }

    @Test
    void aTokenThatWasTamperedWithIsUnauthorised() {
        String[] parts = Tokens.school().split("\\.");
        String forged = parts[0] + "." + Tokens.region().split("\\.")[1] + "." + parts[2];
        given().auth().oauth2(forged).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutAnyRoleOfTheSystemIsRefused() {
        given().auth().oauth2(Tokens.token("stranger", null, java.util.Map.of())).get("/api/me").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aSchoolAccountWithoutItsSchoolAttributeIsRefused() {
        given().auth().oauth2(Tokens.token("broken", "school", java.util.Map.of("region_id", Demo.REGION)))
                .get("/api/me").then().statusCode(403)
                .body("title", equalTo("Недостаточно прав"));
    }
}
