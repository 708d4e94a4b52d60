package ru.nastavnik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.deploy.YamlTree.ROOT;
import static ru.nastavnik.deploy.YamlTree.document;
import static ru.nastavnik.deploy.YamlTree.listAt;
import static ru.nastavnik.deploy.YamlTree.map;
import static ru.nastavnik.deploy.YamlTree.mapAt;
import static ru.nastavnik.deploy.YamlTree.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as written, before the environment fills it in: Keycloak in production mode on a PostgreSQL
 * that keeps its data, set up for the TLS proxy, addresses that agree between Keycloak, the API and the SPA, and
 * no password that compose would quietly fill in by itself.
 */
class ComposeFileTest {

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:\\?[^}]+}");

    private final Map<String, Object> compose = document(ROOT.resolve("docker-compose.yml"));

    @Test
    void keycloakStartsInProductionModeOnAPostgresWhoseDataOutlivesItsContainers() {
        Map<String, Object> keycloak = service("keycloak");
        assertThat(listAt(keycloak, "command")).first().isEqualTo("start");
        assertThat(listAt(keycloak, "command")).noneMatch(arg -> arg.toString().contains("start-dev"));
        assertThat(listAt(keycloak, "command")).contains("--import-realm");
        assertThat(listAt(keycloak, "volumes"))
                .contains("./keycloak/realm-nastavnik.json:/opt/keycloak/data/import/realm-nastavnik.json:ro");

        Map<String, Object> env = mapAt(keycloak, "environment");
        assertThat(env).containsEntry("KC_DB", "postgres");
        Map<String, Object> db = service(text(env, "KC_DB_URL_HOST"));
        assertThat(text(db, "image")).startsWith("postgres:");
        Map<String, Object> dbEnv = mapAt(db, "environment");
        assertThat(env.get("KC_DB_URL_DATABASE")).isEqualTo(dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("KC_DB_USERNAME")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("KC_DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
        assertThat(mapAt(mapAt(keycloak, "depends_on"), text(env, "KC_DB_URL_HOST")))
                .containsEntry("condition", "service_healthy");

        String dataVolume = listAt(db, "volumes").stream().map(Object::toString)
                .filter(v -> v.endsWith(":/var/lib/postgresql/data")).findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak's database keeps its data in the container"));
        String volumeName = dataVolume.substring(0, dataVolume.indexOf(':'));
        assertThat(mapAt(compose, "volumes")).containsKey(volumeName);
        assertThat(listAt(service("postgres"), "volumes")).noneMatch(v -> v.toString().startsWith(volumeName + ":"));
    }

    @Test
    void keycloakTrustsOnlyTheProxyInFrontOfItAndReportsHealthAndMetrics() {
        Map<String, Object> env = mapAt(service("keycloak"), "environment");
        assertThat(env).containsEntry("KC_PROXY_HEADERS", "xforwarded").containsEntry("KC_HTTP_ENABLED", "true")
                .containsEntry("KC_HEALTH_ENABLED", "true").containsEntry("KC_METRICS_ENABLED", "true")
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        assertThat(text(env, "KC_HOSTNAME")).startsWith("${KEYCLOAK_URL");
        assertThat(listAt(service("keycloak"), "healthcheck", "test").toString()).contains("localhost/9000",
                "/health/ready");
        // Anyone who can reach Keycloak directly could forge the X-Forwarded-* headers it trusts.
        for (String name : new String[] {"keycloak", "api", "web"}) {
            assertThat(listAt(service(name), "ports")).as(name)
                    .allMatch(p -> p.toString().startsWith("${BIND_ADDRESS:-127.0.0.1}:"));
        }
        Map<String, Object> proxy = service("proxy");
        assertThat(listAt(proxy, "profiles")).containsExactly("tls");
        assertThat(listAt(proxy, "volumes")).contains("./deploy/caddy/Caddyfile:/etc/caddy/Caddyfile:ro");
    }

    @Test
    void theApiTheSpaAndKeycloakAgreeOnTheAddresses() throws IOException {
        Map<String, Object> keycloak = mapAt(service("keycloak"), "environment");
        Map<String, Object> api = mapAt(service("api"), "environment");
        Map<String, Object> web = mapAt(service("web"), "environment");
        Map<String, Object> proxy = mapAt(service("proxy"), "environment");
        String keycloakUrl = text(keycloak, "KC_HOSTNAME");

        assertThat(text(api, "QUARKUS_OIDC_TOKEN_ISSUER")).isEqualTo(keycloakUrl + "/realms/nastavnik");
        assertThat(text(api, "OIDC_AUTH_SERVER_URL"))
                .isEqualTo("http://keycloak:" + text(keycloak, "KC_HTTP_PORT") + "/realms/nastavnik");
        assertThat(web.get("KEYCLOAK_URL")).isEqualTo(keycloakUrl);
        assertThat(proxy.get("KEYCLOAK_URL")).isEqualTo(keycloakUrl);
        assertThat(api.get("CORS_ORIGINS")).isEqualTo(api.get("WEB_URL"));
        assertThat(keycloak.get("NASTAVNIK_WEB_URL")).isEqualTo(api.get("WEB_URL"));
        assertThat(proxy.get("WEB_URL")).isEqualTo(api.get("WEB_URL"));
        assertThat(proxy.get("API_URL")).isEqualTo(web.get("API_URL"));
        assertThat(keycloak.get("NASTAVNIK_DEMO_DATA")).isEqualTo(api.get("NASTAVNIK_DEMO_DATA"));

        String caddyfile = Files.readString(ROOT.resolve("deploy/caddy/Caddyfile"), StandardCharsets.UTF_8);
        assertThat(caddyfile).contains("{$WEB_URL} {\n\treverse_proxy web:80",
                "{$API_URL} {", "reverse_proxy api:8080",
                "{$KEYCLOAK_URL} {\n\treverse_proxy keycloak:" + text(keycloak, "KC_HTTP_PORT"));
    }

    @Test
    void everyPasswordAndSecretMustBeGivenNoneHasADefault() {
        int found = 0;
        for (Map.Entry<String, Object> service : mapAt(compose, "services").entrySet()) {
            Object environment = map(service.getValue()).get("environment");
            if (environment == null) {
                continue;
            }
            for (Map.Entry<String, Object> variable : map(environment).entrySet()) {
                if (sensitive(variable.getKey())) {
                    found++;
                    assertThat(variable.getValue().toString()).as("%s %s", service.getKey(), variable.getKey())
                            .matches(REQUIRED.pattern());
                }
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(8);
    }

    @Test
    void envExampleDocumentsEveryVariableTheComposeFileReads() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = VARIABLE.matcher(Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8));
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve(".env.example"), StandardCharsets.UTF_8)) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                documented.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(documented).isEqualTo(read);

        String makeEnv = Files.readString(ROOT.resolve("deploy/make-env.sh"), StandardCharsets.UTF_8);
        for (String variable : read) {
            if (sensitive(variable)) {
                assertThat(makeEnv).as("deploy/make-env.sh writes %s", variable).contains(variable + "=$(secret)");
            }
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        int images = 0;
        for (Map.Entry<String, Object> service : mapAt(compose, "services").entrySet()) {
            Object image = map(service.getValue()).get("image");
            if (image == null) {
                assertThat(map(service.getValue())).as(service.getKey()).containsKey("build");
                continue;
            }
            images++;
            assertThat(YamlTree.imageTag(image.toString())).as(service.getKey()).isNotBlank()
                    .isNotEqualTo("latest");
        }
        assertThat(images).isEqualTo(4);
    }

    private static boolean sensitive(String variable) {
        return variable.contains("PASSWORD") || variable.contains("SECRET");
    }

    private Map<String, Object> service(String name) {
        return mapAt(compose, "services", name);
    }
}
