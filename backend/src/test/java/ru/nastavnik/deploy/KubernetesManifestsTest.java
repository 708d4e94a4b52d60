package ru.nastavnik.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.deploy.YamlTree.ROOT;
import static ru.nastavnik.deploy.YamlTree.at;
import static ru.nastavnik.deploy.YamlTree.document;
import static ru.nastavnik.deploy.YamlTree.documents;
import static ru.nastavnik.deploy.YamlTree.item;
import static ru.nastavnik.deploy.YamlTree.list;
import static ru.nastavnik.deploy.YamlTree.listAt;
import static ru.nastavnik.deploy.YamlTree.map;
import static ru.nastavnik.deploy.YamlTree.mapAt;
import static ru.nastavnik.deploy.YamlTree.text;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The facts of deploy/kubernetes/ that running on several machines depends on, read from the manifests as
 * kubectl would receive them: several API replicas with the probes Quarkus answers, an autoscaler that never
 * goes below two, PostgreSQL and Keycloak clustered by their operators, one set of public addresses, and no
 * password in any file. Run with -Ddeploy.update=true to rewrite keycloak/realm-import.yaml after a change of
 * keycloak/realm-nastavnik.json.
 */
class KubernetesManifestsTest {

    private static final Path DIR = ROOT.resolve("deploy/kubernetes");
    private static final Path REALM_IMPORT = DIR.resolve("keycloak/realm-import.yaml");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final Pattern SENSITIVE = Pattern.compile("(?i)password|secret|credential|api_?key");

    /** Every resource the base kustomization builds, in its files' order. */
    private final List<Map<String, Object>> resources = load(DIR);

    @Test
    void everyManifestParsesAndIsListedByItsKustomization() throws IOException {
        Set<Path> listed = new TreeSet<>();
        Set<Path> kustomizations = new TreeSet<>();
        for (Path file : YamlTree.yamlFilesUnder(DIR)) {
            List<Object> docs = documents(file);
            assertThat(docs).as("documents of %s", file).isNotEmpty();
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                kustomizations.add(file);
                Map<String, Object> kustomization = map(docs.get(0));
                for (Object entry : list(kustomization.getOrDefault("resources", List.of()))) {
                    Path resource = file.getParent().resolve((String) entry).normalize();
                    assertThat(resource).as("listed by %s", file).isRegularFile();
                    listed.add(resource);
                }
                for (Object entry : list(kustomization.getOrDefault("components", List.of()))) {
                    Path component = file.getParent().resolve((String) entry).resolve("kustomization.yaml");
                    assertThat(text(document(component), "kind")).isEqualTo("Component");
                }
            } else {
                for (Object doc : docs) {
                    assertThat(map(doc)).as("a Kubernetes object in %s", file).containsKeys("apiVersion", "kind");
                }
            }
        }
        Set<Path> manifests = new TreeSet<>(YamlTree.yamlFilesUnder(DIR));
        manifests.removeAll(kustomizations);
        assertThat(listed).as("manifests listed by a kustomization.yaml").isEqualTo(manifests);
        assertThat(kustomizations).contains(DIR.resolve("kustomization.yaml"));
    }

    @Test
    void theApiRunsSeveralReplicasThatRollOneByOneWithTheProbesQuarkusAnswers() {
        Map<String, Object> deployment = resource("Deployment", "nastavnik-api");
        assertThat((Integer) at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat(text(deployment, "spec", "strategy", "type")).isEqualTo("RollingUpdate");
        assertThat(at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);

        Map<String, Object> container = apiContainer();
        int port = containerPort(container, "http");
        assertThat(port).isEqualTo(8080);
        assertThat(probe(container, "readinessProbe")).isEqualTo("/q/health/ready:" + port);
        assertThat(probe(container, "livenessProbe")).isEqualTo("/q/health/live:" + port);
        assertThat(probe(container, "startupProbe")).isEqualTo("/q/health/started:" + port);
        assertThat(mapAt(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat(mapAt(container, "resources", "limits")).containsKey("memory");

        Map<String, Object> annotations = mapAt(deployment, "spec", "template", "metadata", "annotations");
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", Integer.toString(port));

        Map<String, Object> service = resource("Service", "nastavnik-api");
        assertThat(mapAt(service, "spec", "selector")).isEqualTo(podLabels(deployment));
        Map<String, Object> servicePort = map(listAt(service, "spec", "ports").get(0));
        assertThat(containerPort(container, servicePort.get("targetPort"))).isEqualTo(port);
    }

    @Test
    void theAutoscalerAndTheDisruptionBudgetNeverLeaveFewerThanTwoApiReplicasOrNone() {
        Map<String, Object> hpa = resource("HorizontalPodAutoscaler", "nastavnik-api");
        assertThat(text(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(mapAt(hpa, "spec", "scaleTargetRef"))
                .containsEntry("apiVersion", "apps/v1").containsEntry("kind", "Deployment")
                .containsEntry("name", "nastavnik-api");
        int min = (Integer) at(hpa, "spec", "minReplicas");
        assertThat(min).isGreaterThanOrEqualTo(2);
        assertThat((Integer) at(hpa, "spec", "maxReplicas")).isGreaterThan(min);
        Map<String, Object> metric = map(listAt(hpa, "spec", "metrics").get(0));
        assertThat(text(metric, "resource", "name")).isEqualTo("cpu");
        assertThat(text(metric, "resource", "target", "type")).isEqualTo("Utilization");

        Map<String, Object> deployment = resource("Deployment", "nastavnik-api");
        assertThat((Integer) at(deployment, "spec", "replicas")).isEqualTo(min);
        Map<String, Object> pdb = resource("PodDisruptionBudget", "nastavnik-api");
        assertThat(mapAt(pdb, "spec", "selector", "matchLabels")).isEqualTo(podLabels(deployment));
        assertThat((Integer) at(pdb, "spec", "minAvailable")).isBetween(1, min - 1);

        Map<String, Object> web = resource("Deployment", "nastavnik-web");
        assertThat((Integer) at(web, "spec", "replicas")).isGreaterThanOrEqualTo(2);
        assertThat(mapAt(resource("PodDisruptionBudget", "nastavnik-web"), "spec", "selector", "matchLabels"))
                .isEqualTo(podLabels(web));
    }

    @Test
    void theApiMigratesAsTheOwnerAndRunsAsTheRoleThatOwnsNothingOnAReplicatedCluster() {
        Map<String, Object> cluster = resource("Cluster", "nastavnik-db");
        assertThat(text(cluster, "apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
        assertThat((Integer) at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
        Map<String, Object> initdb = mapAt(cluster, "spec", "bootstrap", "initdb");

        Map<String, Object> api = apiContainer();
        assertThat(env(api, "DB_URL")).isEqualTo(
                "jdbc:postgresql://" + name(cluster) + "-rw:5432/" + initdb.get("database"));
        assertThat(env(api, "DB_OWNER_USER")).isEqualTo(initdb.get("owner"));
        assertThat(env(api, "DB_OWNER_PASSWORD"))
                .isEqualTo("secret " + text(initdb, "secret", "name") + "/password");

        String appRole = env(api, "DB_USER");
        assertThat(appRole).isNotEqualTo(initdb.get("owner"));
        Map<String, Object> role = item(listAt(cluster, "spec", "managed", "roles"), "name", appRole);
        assertThat(role).containsEntry("login", true);
        for (String privilege : List.of("superuser", "createdb", "createrole", "bypassrls")) {
            assertThat(role.getOrDefault(privilege, false)).as(privilege).isEqualTo(false);
        }
        assertThat(env(api, "DB_PASSWORD")).isEqualTo("secret " + text(role, "passwordSecret", "name") + "/password");
        // The first migration grants the role its rights, so the role exists before the API ever starts.
        assertThat(listAt(initdb, "postInitSQL")).contains("CREATE ROLE " + appRole + " LOGIN");
    }

    @Test
    void anUploadWaitsOnScratchSpaceOfThePodThatReceivedIt() {
        Map<String, Object> container = apiContainer();
        Map<String, Object> mount = item(listAt(container, "volumeMounts"), "mountPath", "/tmp");
        Map<String, Object> volume = item(listAt(resource("Deployment", "nastavnik-api"),
                "spec", "template", "spec", "volumes"), "name", (String) mount.get("name"));
        assertThat(volume).containsKey("emptyDir").doesNotContainKey("persistentVolumeClaim");
    }

    @Test
    void keycloakRunsClusteredBehindTheProxyOnItsOwnReplicatedPostgres() {
        Map<String, Object> keycloak = resource("Keycloak", "keycloak");
        assertThat(text(keycloak, "apiVersion")).isEqualTo("k8s.keycloak.org/v2beta1");
        assertThat((Integer) at(keycloak, "spec", "instances")).isGreaterThanOrEqualTo(2);

        Map<String, Object> db = mapAt(keycloak, "spec", "db");
        assertThat(db).containsEntry("vendor", "postgres");
        String clusterName = text(db, "host").replaceFirst("-rw$", "");
        assertThat(text(db, "host")).endsWith("-rw");
        assertThat(clusterName).isNotEqualTo("nastavnik-db");
        Map<String, Object> cluster = resource("Cluster", clusterName);
        assertThat((Integer) at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
        Map<String, Object> initdb = mapAt(cluster, "spec", "bootstrap", "initdb");
        assertThat(db.get("database")).isEqualTo(initdb.get("database"));
        String ownerSecret = text(initdb, "secret", "name");
        assertThat(mapAt(db, "usernameSecret")).containsEntry("name", ownerSecret).containsEntry("key", "username");
        assertThat(mapAt(db, "passwordSecret")).containsEntry("name", ownerSecret).containsEntry("key", "password");

        assertThat(text(keycloak, "spec", "proxy", "headers")).isEqualTo("xforwarded");
        assertThat(at(keycloak, "spec", "http", "httpEnabled")).isEqualTo(true);
        assertThat(text(keycloak, "spec", "hostname", "hostname")).isEqualTo(url("KEYCLOAK_URL"));
        assertThat(at(keycloak, "spec", "ingress", "enabled")).isEqualTo(false);
    }

    @Test
    void theRealmImportIsTheProjectsRealmWithoutItsDemoUsers() throws IOException {
        Map<String, Object> keycloak = resource("Keycloak", "keycloak");
        Map<String, Object> expected = productionRealm(document(ROOT.resolve("keycloak/realm-nastavnik.json")));
        if (Boolean.getBoolean("deploy.update")) {
            writeRealmImport(name(keycloak), expected);
        }
        Map<String, Object> realmImport = map(documents(REALM_IMPORT).get(0));
        assertThat(text(realmImport, "apiVersion")).isEqualTo("k8s.keycloak.org/v2beta1");
        assertThat(text(realmImport, "kind")).isEqualTo("KeycloakRealmImport");
        assertThat(text(realmImport, "spec", "keycloakCRName")).isEqualTo(name(keycloak));
        assertThat(mapAt(realmImport, "spec", "realm"))
                .as("keycloak/realm-import.yaml differs from the realm file; rerun with -Ddeploy.update=true")
                .isEqualTo(expected);

        Map<String, Object> realm = mapAt(realmImport, "spec", "realm");
        for (Object user : listAt(realm, "users")) {
            assertThat(map(user)).doesNotContainKey("credentials");
        }
        Set<String> used = new TreeSet<>();
        YamlTree.eachString(realm, s -> {
            Matcher m = PLACEHOLDER.matcher(s);
            while (m.find()) {
                used.add(m.group(1));
            }
        });
        assertThat(used).contains("NASTAVNIK_SCRIPTS_SECRET", "NASTAVNIK_PORTAL_SECRET");
        Map<String, Object> placeholders = mapAt(realmImport, "spec", "placeholders");
        assertThat(placeholders.keySet()).isEqualTo(used);
        placeholders.values().forEach(p -> assertThat(mapAt(p, "secret")).containsKeys("name", "key"));
    }

    @Test
    void theIngressTheSpaTheApiAndKeycloakAgreeOnThePublicAddresses() {
        Map<String, String> backends = new LinkedHashMap<>();
        Map<String, Object> ingress = resource("Ingress", "nastavnik");
        for (Object rule : listAt(ingress, "spec", "rules")) {
            Map<String, Object> path = map(listAt(rule, "http", "paths").get(0));
            assertThat(path).containsEntry("path", "/").containsEntry("pathType", "Prefix");
            backends.put(text(rule, "host"), text(path, "backend", "service", "name") + ":"
                    + text(path, "backend", "service", "port", "name"));
        }
        String keycloakService = name(resource("Keycloak", "keycloak")) + "-service";
        assertThat(backends).containsExactlyInAnyOrderEntriesOf(Map.of(
                host("WEB_URL"), "nastavnik-web:" + servicePortName("nastavnik-web"),
                host("API_URL"), "nastavnik-api:" + servicePortName("nastavnik-api"),
                host("KEYCLOAK_URL"), keycloakService + ":http"));
        Set<Object> tlsHosts = new HashSet<>();
        listAt(ingress, "spec", "tls").forEach(t -> tlsHosts.addAll(listAt(t, "hosts")));
        assertThat(tlsHosts).containsExactlyInAnyOrderElementsOf(backends.keySet());

        Map<String, Object> api = apiContainer();
        assertThat(env(api, "WEB_URL")).isEqualTo("config nastavnik-urls/WEB_URL");
        assertThat(env(api, "CORS_ORIGINS")).isEqualTo("config nastavnik-urls/WEB_URL");
        assertThat(env(api, "KEYCLOAK_URL")).isEqualTo("config nastavnik-urls/KEYCLOAK_URL");
        assertThat(env(api, "QUARKUS_OIDC_TOKEN_ISSUER")).isEqualTo("$(KEYCLOAK_URL)/realms/nastavnik");
        // Kubernetes expands $(KEYCLOAK_URL) only from variables defined before it.
        List<String> names = envNames(api);
        assertThat(names.indexOf("KEYCLOAK_URL")).isLessThan(names.indexOf("QUARKUS_OIDC_TOKEN_ISSUER"));
        assertThat(env(api, "OIDC_AUTH_SERVER_URL")).isEqualTo("http://" + keycloakService + ":8080/realms/nastavnik");

        Map<String, Object> web = map(listAt(resource("Deployment", "nastavnik-web"),
                "spec", "template", "spec", "containers").get(0));
        assertThat(env(web, "API_URL")).isEqualTo(url("API_URL"));
        assertThat(env(web, "KEYCLOAK_URL")).isEqualTo(url("KEYCLOAK_URL"));
    }

    @Test
    void noManifestCarriesAPasswordOrSecretValue() {
        List<Map<String, Object>> all = new ArrayList<>(resources);
        all.addAll(load(DIR.resolve("components/backup")));
        for (Map<String, Object> resource : all) {
            String where = resource.get("kind") + "/" + name(resource);
            assertThat(resource.get("kind")).as(where).isNotEqualTo("Secret");
            YamlTree.eachMapping(resource, where, (path, mapping) -> mapping.forEach((key, value) -> {
                if (key.equalsIgnoreCase("password")) {
                    assertThat(value).as("%s.%s", path, key).isInstanceOf(Map.class);
                }
                if (path.endsWith(".data") && SENSITIVE.matcher(key).find()) {
                    throw new AssertionError(path + "." + key + " puts a secret into a ConfigMap");
                }
                if (key.equals("env") || key.equals("additionalOptions")) {
                    for (Object entry : list(value)) {
                        Map<String, Object> variable = map(entry);
                        if (SENSITIVE.matcher((String) variable.get("name")).find()) {
                            assertThat(variable).as("%s %s", path, variable.get("name")).doesNotContainKey("value");
                        }
                    }
                }
            }));
        }
        Map<String, Object> realm = mapAt(map(documents(REALM_IMPORT).get(0)), "spec", "realm");
        for (Object client : listAt(realm, "clients")) {
            Object secret = map(client).get("secret");
            if (secret != null) {
                assertThat((String) secret).matches(PLACEHOLDER.pattern()).doesNotContain(":");
            }
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        List<String> images = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>(resources);
        all.addAll(load(DIR.resolve("components/backup")));
        for (Map<String, Object> resource : all) {
            YamlTree.eachMapping(resource, "", (path, mapping) -> {
                if (path.contains(".containers[") || path.contains(".initContainers[")) {
                    Object image = mapping.get("image");
                    if (image != null) {
                        images.add((String) image);
                    }
                }
            });
            switch ((String) resource.get("kind")) {
                case "Cluster" -> images.add(text(resource, "spec", "imageName"));
                case "Keycloak" -> images.add(text(resource, "spec", "image"));
                default -> { }
            }
        }
        Map<String, Object> kustomization = document(DIR.resolve("kustomization.yaml"));
        for (Object image : listAt(kustomization, "images")) {
            images.add(text(image, "newName") + ":" + text(image, "newTag"));
        }
        assertThat(images).hasSizeGreaterThanOrEqualTo(6);
        images.forEach(image -> assertThat(YamlTree.imageTag(image)).as(image).isNotBlank()
                .isNotEqualTo("latest"));
    }

    @Test
    void theBackupComponentArchivesBothClustersToItsObjectStore() {
        Map<String, Object> component = document(DIR.resolve("components/backup/kustomization.yaml"));
        List<Map<String, Object>> backup = load(DIR.resolve("components/backup"));
        String store = backup.stream().filter(r -> "ObjectStore".equals(r.get("kind")))
                .map(KubernetesManifestsTest::name).findFirst().orElseThrow();
        Set<String> clusters = new TreeSet<>();
        resources.stream().filter(r -> "Cluster".equals(r.get("kind"))).forEach(r -> clusters.add(name(r)));
        assertThat(clusters).hasSize(2);

        Set<String> patched = new TreeSet<>();
        for (Object patch : listAt(component, "patches")) {
            assertThat(text(patch, "target", "kind")).isEqualTo("Cluster");
            String ops = text(patch, "patch");
            assertThat(ops).contains("path: /spec/plugins", "isWALArchiver: true", "barmanObjectName: " + store);
            patched.add(text(patch, "target", "name"));
        }
        assertThat(patched).isEqualTo(clusters);

        Set<String> scheduled = new TreeSet<>();
        backup.stream().filter(r -> "ScheduledBackup".equals(r.get("kind"))).forEach(r -> {
            assertThat(text(r, "spec", "method")).isEqualTo("plugin");
            assertThat(text(r, "spec", "schedule").split(" ")).as("seconds first").hasSize(6);
            scheduled.add(text(r, "spec", "cluster", "name"));
        });
        assertThat(scheduled).isEqualTo(clusters);
    }

    /** The realm as Kubernetes imports it: no demo users, and no placeholder falling back to a known value. */
    private Map<String, Object> productionRealm(Map<String, Object> realm) {
        Map<String, Object> production = map(withoutPlaceholderDefaults(realm));
        production.put("users", listAt(production, "users").stream()
                .filter(u -> !map(u).containsKey("credentials")).toList());
        item(listAt(production, "clients"), "clientId", "nastavnik-spa").put("rootUrl", url("WEB_URL"));
        return production;
    }

    private static Object withoutPlaceholderDefaults(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put((String) k, withoutPlaceholderDefaults(v)));
            return copy;
        }
        if (node instanceof List<?> l) {
            return new ArrayList<>(l.stream().map(KubernetesManifestsTest::withoutPlaceholderDefaults).toList());
        }
        if (node instanceof String s) {
            return PLACEHOLDER.matcher(s).replaceAll(r -> Matcher.quoteReplacement("${" + r.group(1) + "}"));
        }
        return node;
    }

    private static void writeRealmImport(String keycloakName, Map<String, Object> realm) throws IOException {
        Map<String, Object> placeholders = new LinkedHashMap<>();
        placeholders.put("NASTAVNIK_SCRIPTS_SECRET", Map.of("secret", realmSecret("scripts-client-secret")));
        placeholders.put("NASTAVNIK_PORTAL_SECRET", Map.of("secret", realmSecret("portal-client-secret")));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", keycloakName);
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2beta1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "nastavnik-realm"));
        resource.put("spec", spec);
        String header = """
                # Generated from keycloak/realm-nastavnik.json by KubernetesManifestsTest (-Ddeploy.update=true): the
                # same realm without its demo users, with the SPA's public address, and the scripts and portal
                # clients' secrets from the nastavnik-keycloak-realm Secret. Keycloak imports it once, into an empty
                # database.
                """;
        Files.writeString(REALM_IMPORT, header + YamlTree.dump(resource), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> realmSecret(String key) {
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("name", "nastavnik-keycloak-realm");
        secret.put("key", key);
        return secret;
    }

    private static List<Map<String, Object>> load(Path dir) {
        Map<String, Object> kustomization = document(dir.resolve("kustomization.yaml"));
        List<Map<String, Object>> loaded = new ArrayList<>();
        for (Object file : listAt(kustomization, "resources")) {
            documents(dir.resolve((String) file)).forEach(d -> loaded.add(map(d)));
        }
        return loaded;
    }

    private Map<String, Object> resource(String kind, String name) {
        return resources.stream().filter(r -> kind.equals(r.get("kind")) && name.equals(name(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/kubernetes"));
    }

    private static String name(Map<String, Object> resource) {
        return text(resource, "metadata", "name");
    }

    private Map<String, Object> apiContainer() {
        return item(listAt(resource("Deployment", "nastavnik-api"), "spec", "template", "spec", "containers"),
                "name", "api");
    }

    private static Map<String, Object> podLabels(Map<String, Object> deployment) {
        Map<String, Object> selector = mapAt(deployment, "spec", "selector", "matchLabels");
        assertThat(mapAt(deployment, "spec", "template", "metadata", "labels")).containsAllEntriesOf(selector);
        return selector;
    }

    private static int containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        return (Integer) item(listAt(container, "ports"), "name", (String) port).get("containerPort");
    }

    private static String probe(Map<String, Object> container, String probe) {
        Map<String, Object> get = mapAt(container, probe, "httpGet");
        return get.get("path") + ":" + containerPort(container, get.get("port"));
    }

    private String servicePortName(String service) {
        return text(listAt(resource("Service", service), "spec", "ports").get(0), "name");
    }

    private String url(String key) {
        return text(resource("ConfigMap", "nastavnik-urls"), "data", key);
    }

    private String host(String key) {
        URI uri = URI.create(url(key));
        assertThat(uri.getScheme()).as(key).isEqualTo("https");
        assertThat(uri.getPath()).as(key).isEmpty();
        return uri.getHost();
    }

    private static List<String> envNames(Map<String, Object> container) {
        return listAt(container, "env").stream().map(e -> text(e, "name")).toList();
    }

    /**
     * Where a container's variable comes from: its literal value (also through envFrom of a ConfigMap of the
     * manifests), "secret NAME/KEY" or "config NAME/KEY".
     */
    private String env(Map<String, Object> container, String variable) {
        for (Object entry : listAt(container, "env")) {
            Map<String, Object> e = map(entry);
            if (!variable.equals(e.get("name"))) {
                continue;
            }
            if (e.containsKey("value")) {
                return (String) e.get("value");
            }
            Map<String, Object> from = mapAt(e, "valueFrom");
            if (from.containsKey("secretKeyRef")) {
                return "secret " + text(from, "secretKeyRef", "name") + "/" + text(from, "secretKeyRef", "key");
            }
            return "config " + text(from, "configMapKeyRef", "name") + "/" + text(from, "configMapKeyRef", "key");
        }
        for (Object source : list(container.getOrDefault("envFrom", List.of()))) {
            Map<String, Object> data = mapAt(resource("ConfigMap", text(source, "configMapRef", "name")), "data");
            if (data.containsKey(variable)) {
                return (String) data.get(variable);
            }
        }
        throw new AssertionError("the container " + container.get("name") + " has no variable " + variable);
    }
}
