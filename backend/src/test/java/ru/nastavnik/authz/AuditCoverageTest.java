package ru.nastavnik.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import ru.nastavnik.audit.AuditAction;
import ru.nastavnik.audit.Audited;
import ru.nastavnik.support.ScopedCalls.As;

/**
 * Every operation of the contract that writes, and every one that answers with a file, leaves an entry in the audit
 * trail or says here why it holds no personal data. A new endpoint of either kind fails the first test until it is
 * marked {@link Audited} or listed below with its reason; the second calls each audited one, as the authorisation
 * matrix does, and finds its entry by the request id it answered with.
 */
@QuarkusTest
class AuditCoverageTest {

    /** Operations that write or give a file and hold no personal data, each with the reason. */
    private static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("POST /api/imports/schools", "реестр организаций"),
            Map.entry("GET /api/imports/templates/{kind}", "пустой шаблон"),
            Map.entry("POST /api/imports/{iid}/cancel", "останавливает задание, данных не меняет"),
            Map.entry("POST /api/municipalities", "реестр муниципалитетов"),
            Map.entry("PUT /api/municipalities/{id}", "реестр муниципалитетов"),
            Map.entry("DELETE /api/municipalities/{id}", "реестр муниципалитетов"),
            Map.entry("PUT /api/regions/{id}", "реквизиты региона"),
            Map.entry("POST /api/schools", "реестр организаций"),
            Map.entry("PUT /api/schools/{id}", "реестр организаций"),
            Map.entry("DELETE /api/schools/{id}", "реестр организаций"),
            Map.entry("POST /api/schools/{id}/archive", "реестр организаций"),
            Map.entry("POST /api/schools/{id}/restore", "реестр организаций"),
            Map.entry("GET /api/schools/export", "реестр организаций"),
            Map.entry("PUT /api/schools/{id}/contingents/{year}", "численность контингента"),
            Map.entry("DELETE /api/schools/{id}/contingents/{year}", "численность контингента"),
            Map.entry("POST /api/questionnaires", "шаблон анкеты, без ответов"),
            Map.entry("PUT /api/questionnaires/{qid}", "шаблон анкеты, без ответов"),
            Map.entry("DELETE /api/questionnaires/{qid}", "шаблон анкеты, без ответов"),
            Map.entry("POST /api/questionnaires/{qid}/publish", "шаблон анкеты, без ответов"),
            Map.entry("POST /api/questionnaires/{qid}/versions", "шаблон анкеты, без ответов"),
            Map.entry("PUT /api/regions/{id}/targets", "целевые значения показателей"),
            Map.entry("POST /api/regions/{id}/campaigns", "кампания отчётности, без отчётов"),
            Map.entry("POST /api/schools/{id}/campaigns/{cid}/report", "черновик отчёта: числа и справка"),
            Map.entry("PUT /api/schools/{id}/campaigns/{cid}/report", "черновик отчёта: числа и справка"),
            Map.entry("GET /api/schools/{id}/campaigns/{cid}/report/xlsx", "отчёт мониторинга: только числа"),
            Map.entry("GET /api/schools/{id}/campaigns/{cid}/report/docx", "отчёт мониторинга: только числа"),
            Map.entry("POST /api/municipalities/{id}/campaigns/{cid}/report", "черновик отчёта: числа и справка"),
            Map.entry("PUT /api/municipalities/{id}/campaigns/{cid}/report", "черновик отчёта: числа и справка"),
            Map.entry("GET /api/municipalities/{id}/campaigns/{cid}/report/xlsx", "отчёт мониторинга: только числа"),
            Map.entry("GET /api/municipalities/{id}/campaigns/{cid}/report/docx", "отчёт мониторинга: только числа"),
            Map.entry("GET /api/portal/v1/opendata/indicators.csv", "открытые данные: только числа, малые скрыты"),
            Map.entry("GET /api/portal/v1/opendata/structure.csv", "структура набора открытых данных"),
            Map.entry("GET /api/portal/v1/opendata/passport.csv", "паспорт набора открытых данных"),
            Map.entry("GET /api/portal/v1/best-practices/{bpid}/materials/{aid}",
                    "материал опубликованной практики в пределах согласия на публикацию"));

    /**
     * Roadmaps are plans of activities: their people are named by post, as the seeds write them («заместитель
     * директора по УВР»), and no participant's data is in them.
     */
    private static boolean roadmap(String operation) {
        return operation.contains("/roadmaps") || operation.contains("/roadmap-templates");
    }

    /**
     * An event itself holds no personal data (its title, dates, description and nominations); its entrants and
     * results, which name people, are audited.
     */
    private static boolean event(String operation) {
        return operation.matches("\\w+ /api/\\w+/\\{id}/events(/\\{eventId}(/cancel)?)?");
    }

    /** Operations whose service writes the entry itself, because the endpoint streams a file in first. */
    private static final Map<String, AuditAction> AUDITED_BY_SERVICE = Map.of(
            "POST /api/imports/participants", AuditAction.IMPORT_UPLOADED,
            "POST /api/imports/responses", AuditAction.IMPORT_UPLOADED);

    @Inject
    EntityManager em;

    @Test
    void everyWriteAndEveryFileOfTheContractIsAuditedOrSaysWhyNot() {
        Map<String, AuditAction> audited = audited();
        List<String> unaccounted = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (String operation : recordable()) {
            boolean exempt = NOT_PERSONAL.containsKey(operation) || roadmap(operation) || event(operation);
            if (audited.containsKey(operation) && exempt) {
                both.add(operation);
            } else if (!audited.containsKey(operation) && !exempt) {
                unaccounted.add(operation);
            }
        }
        assertThat(unaccounted).as("writes and files neither @Audited nor listed as holding no personal data")
                .isEmpty();
        assertThat(both).as("audited operations still listed as holding no personal data").isEmpty();
        assertThat(recordable()).as("listed operations the contract no longer has").containsAll(NOT_PERSONAL.keySet());
    }

    static Stream<Arguments> auditedOperations() {
        return audited().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("auditedOperations")
    void eachAuditedOperationLeavesItsEntry(String operation, AuditAction action) {
        String role = firstRoleAllowed(operation);
        Response response = AuthorizationMatrixTest.CALLS.get(operation).run(
                role.equals("anonymous") ? null : AuthorizationMatrixTest.TOKENS.get(role).get(), role, true,
                AuthorizationMatrixTest.Target.of(role.equals("anonymous") ? "regional" : role, true));
        assertThat(response.statusCode()).as(operation + " as " + role + ": " + response.asString()).isLessThan(300);
        String requestId = response.header("X-Request-Id");
        List<String> actions = inScope(em, new As("system", null, null, null), () -> cast(em.createNativeQuery(
                "SELECT action FROM audit_event WHERE request_id = ?1").setParameter(1, requestId).getResultList()));
        assertThat(actions).as(operation + " (request " + requestId + ")").containsExactly(action.name());
    }

    /** The first role whose own-scope cell of the matrix succeeds. */
    private static String firstRoleAllowed(String operation) {
        String line = AuthorizationMatrixTest.MATRIX.strip().lines().skip(1)
                .filter(l -> l.split("\\|")[0].trim().equals(operation)).findFirst()
                .orElseThrow(() -> new AssertionError("no matrix row for " + operation));
        String[] cells = line.split("\\|");
        List<String> roles = List.of("regional", "municipal", "school", "portal", "anonymous");
        for (int i = 0; i < roles.size(); i++) {
            if (cells[i + 1].trim().startsWith("2")) {
                return roles.get(i);
            }
        }
        throw new AssertionError("no role may call " + operation);
    }

    /** Every operation of the contract that writes or answers with something other than JSON, as the matrix names it. */
    private static List<String> recordable() {
        Map<String, Object> paths = as(null).queryParam("format", "json").get("/q/openapi").jsonPath().getMap("paths");
        List<String> found = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) -> {
            if (!path.startsWith("/api/") || !List.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            if (!method.equals("get") || givesFile((Map<?, ?>) op)) {
                found.add(method.toString().toUpperCase() + " " + AuthorizationMatrixTest.matrixName(path));
            }
        }));
        return found;
    }

    private static boolean givesFile(Map<?, ?> operation) {
        Map<?, ?> responses = (Map<?, ?>) operation.get("responses");
        Map<?, ?> ok = responses == null ? null : (Map<?, ?>) responses.get("200");
        Map<?, ?> content = ok == null ? null : (Map<?, ?>) ok.get("content");
        return content != null && content.keySet().stream().anyMatch(type -> !type.toString().contains("json"));
    }

    /** The operations marked {@link Audited} in the compiled resources, and those audited by their services. */
    private static Map<String, AuditAction> audited() {
        Map<String, AuditAction> found = new TreeMap<>(AUDITED_BY_SERVICE);
        for (Class<?> resource : resources()) {
            jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
            // Endpoints shared by the levels of a feature are declared once, on the resources' common superclass.
            for (Method m : declaredWithSuperclasses(resource)) {
                Audited a = m.getAnnotation(Audited.class);
                if (a == null) {
                    continue;
                }
                jakarta.ws.rs.Path own = m.getAnnotation(jakarta.ws.rs.Path.class);
                String path = (base.value() + (own == null ? "" : "/" + own.value())).replaceAll("/+", "/")
                        .replaceAll("/$", "");
                found.put(httpMethod(m) + " " + AuthorizationMatrixTest.matrixName(path), a.value());
            }
        }
        return found;
    }

    private static List<Method> declaredWithSuperclasses(Class<?> resource) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            methods.addAll(List.of(c.getDeclaredMethods()));
        }
        return methods;
    }

    private static String httpMethod(Method m) {
        Map<Class<? extends java.lang.annotation.Annotation>, String> verbs = new HashMap<>(Map.of(GET.class, "GET",
                POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE"));
        return verbs.entrySet().stream().filter(v -> m.isAnnotationPresent(v.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(m + " is @Audited but no endpoint"));
    }

    private static List<Class<?>> resources() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("ru/nastavnik"))) {
            return files.map(classes::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .map(AuditCoverageTest::load).filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuditCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
