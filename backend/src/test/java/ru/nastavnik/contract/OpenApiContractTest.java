package ru.nastavnik.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed openapi.yaml is the contract the SPA's types are generated from. It must equal what the code
 * serves; run the build with -Dopenapi.update=true to rewrite it after an intended API change.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theCommittedContractMatchesTheSpecTheCodeGenerates() throws IOException {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of(System.getProperty("openapi.committed", "../openapi.yaml"));
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(committed, StandardCharsets.UTF_8),
                "openapi.yaml differs from the generated spec; rerun the tests with -Dopenapi.update=true and commit it");
    }
}
