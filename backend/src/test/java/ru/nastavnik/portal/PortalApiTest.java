package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.nastavnik.support.Api.as;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Registry;
import ru.nastavnik.support.Tokens;

/** The regional portal's API as its client uses it: the client credentials token, conditional requests, paging. */
@QuarkusTest
class PortalApiTest {

    private static final String API = "/api/portal/v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Test
    void thePortalClientReachesItsOwnApiAndMeAndIsRefusedEverywhereElse() {
        String token = Tokens.portalClient();
        as(token).get("/api/me").then().statusCode(200).body("role", org.hamcrest.Matchers.equalTo("portal"))
                .body("regionId", org.hamcrest.Matchers.equalTo(Demo.REGION.toString()));
        for (String path : portalPaths()) {
            Response r = as(token).get(path);
            assertEquals(200, r.statusCode(), () -> path + ": " + r.asString());
        }

        Map<String, Object> paths = as(null).queryParam("format", "json").get("/q/openapi").jsonPath().getMap("paths");
        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, Object> e : paths.entrySet()) {
            String path = e.getKey();
            if (!path.startsWith("/api/") || path.startsWith(API) || path.equals("/api/me")) {
                continue;
            }
            String concrete = path.replace("{token}", "x0x0x0x0").replace("{kind}", "participants")
                    .replace("{startYear}", "2026").replaceAll("\\{[^}]+}", Demo.SCHOOL_A1.toString());
            for (Object method : ((Map<?, ?>) e.getValue()).keySet()) {
                Response r = as(token).body("{}").request(method.toString().toUpperCase(), concrete);
                tried++;
                if (r.statusCode() != 403 || !r.contentType().startsWith("application/problem+json")) {
                    reached.add(method + " " + path + " -> " + r.statusCode());
                }
            }
        }
        assertThat(tried).isGreaterThan(150);
        assertThat(reached).as("operations that did not refuse the portal client").isEmpty();
    }

    @Test
    void anUnchangedAnswerIs304AndAChangeInASchoolGivesANewETagToEveryAnswerThatIncludesIt() {
        String token = Tokens.portalClient();
        // A year no other test writes a contingent for; the cut at its end, so that the whole year counts.
        int year = 2028;
        String period = "?year=" + year + "&asOf=" + (year + 1) + "-08-31";
        List<String> including = List.of(API + "/region/indicators" + period,
                API + "/municipalities/" + Demo.MUNI_A + "/indicators" + period,
                API + "/schools/" + Demo.SCHOOL_A1 + "/indicators" + period,
                API + "/opendata/indicators.csv" + period);
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : including) {
            Response first = as(token).get(path);
            first.then().statusCode(200);
            String tag = first.header("ETag");
            assertThat(tag).as(path).matches("\"[A-Za-z0-9_-]{43}\"");
            assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300");
            assertThat(first.header("Last-Modified")).as(path).isNotBlank();
            assertThat(tag).as("the hash of the body").isEqualTo(Conditional.tag(first.asByteArray()));

            Response again = as(token).header("If-None-Match", tag).get(path);
            assertEquals(304, again.statusCode(), path);
            assertThat(again.asByteArray()).isEmpty();
            assertThat(again.header("ETag")).isEqualTo(tag);
            assertEquals(200, as(token).header("If-None-Match", "\"something-else\"").get(path).statusCode());
            before.put(path, tag);
        }

        as(Tokens.region()).body(Map.of("pupils", 777, "teachers", 50, "youngTeachers", 6, "additionalPupils", 0))
                .put("/api/schools/" + Demo.SCHOOL_A1 + "/contingents/" + year).then().statusCode(201);

        for (String path : including) {
            Response after = as(token).header("If-None-Match", before.get(path)).get(path);
            assertEquals(200, after.statusCode(), () -> path + " should have changed");
            assertThat(after.header("ETag")).as(path).isNotEqualTo(before.get(path));
        }
    }

    @Test
    void theRegistryIs304UntilAMentorIsIncludedAndThenHasANewETagAndPagesStably() {
        String token = Tokens.portalClient();
        Response first = as(token).get(API + "/registry?size=100");
        first.then().statusCode(200);
        String tag = first.header("ETag");
        assertThat(tag).isEqualTo(Conditional.tag(first.asByteArray()));
        assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300");
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertEquals(304, as(token).header("If-None-Match", tag).get(API + "/registry?size=100").statusCode());

        UUID id = Registry.included(Tokens.school(), Demo.SCHOOL_A1, Demo.MUNI_A, Tokens.muni(),
                "Портальная Наставница Анна", "NAME");
        Response after = as(token).header("If-None-Match", tag).get(API + "/registry?size=100");
        assertEquals(200, after.statusCode());
        assertThat(after.header("ETag")).isNotEqualTo(tag);
        List<String> ids = after.jsonPath().getList("items.id");
        assertThat(ids).contains(id.toString()).doesNotHaveDuplicates();
        assertThat(after.jsonPath().getList("items.includedAt")).isSorted();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < ids.size(); page++) {
            paged.addAll(as(token).get(API + "/registry?size=2&page=" + page).then().statusCode(200).extract()
                    .jsonPath().getList("items.id"));
        }
        assertThat(paged).isEqualTo(ids);
    }

    @Test
    void listsPageByAStableKeyWithTheirTotal() {
        String token = Tokens.portalClient();
        // Pages of the largest size give every organisation once, as many as the total says, in the key's order.
        long total = as(token).get(API + "/schools?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("total");
        List<String> ids = new ArrayList<>();
        for (int page = 0; page * 100 < total; page++) {
            ids.addAll(as(token).get(API + "/schools?size=100&page=" + page).then().statusCode(200).extract()
                    .jsonPath().getList("items.id"));
        }
        assertThat(ids).hasSize((int) total).hasSizeGreaterThan(2).doesNotHaveDuplicates();
        assertThat(ids).isSorted();
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < ids.size(); page++) {
            paged.addAll(as(token).get(API + "/schools?size=2&page=" + page).then().statusCode(200).extract()
                    .jsonPath().getList("items.id"));
        }
        assertThat(paged).isEqualTo(ids);
        as(token).get(API + "/schools?size=101").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
    }

    /**
     * Walks every portal operation over the demo region, with a published practice whose mentee stays anonymous, and
     * fails on any name, birth date or contact of a person the consents do not allow to be named, and on any count
     * of people, pairs or things from 1 to 4 shown as it is.
     */
    @Test
    void noPortalAnswerHoldsPersonalDataWithoutConsentOrASmallCount() throws Exception {
        publishedWithAnAnonymousMentee();
        String token = Tokens.portalClient();
        Set<String> forbidden = personalDataWithoutConsent();
        assertThat(forbidden).isNotEmpty();

        int suppressed = 0;
        List<String> paths = portalPaths();
        for (String period : List.of("?year=2025", "?year=2026", "?half=2025-2", "?half=2026-1", "")) {
            paths.add(API + "/region/indicators" + period);
            paths.add(API + "/opendata/indicators.csv" + period);
        }
        for (String path : paths) {
            Response r = as(token).get(path);
            assertEquals(200, r.statusCode(), () -> path + ": " + r.asString());
            String body = r.asString();
            for (String personal : forbidden) {
                assertThat(body).as("%s names %s", path, personal).doesNotContain(personal);
            }
            if (r.contentType().startsWith("application/json")) {
                suppressed += smallCounts(path, JSON.readTree(body), null);
            } else if (path.contains("indicators.csv")) {
                suppressed += smallCountsInCsv(path, body);
            }
        }
        assertThat(suppressed).as("the demo region has small numbers to hide").isPositive();
    }

    /** Every GET of the portal with ids from its own lists: the first municipality, school, practice, material. */
    private static List<String> portalPaths() {
        String token = Tokens.portalClient();
        List<String> paths = new ArrayList<>(List.of(API + "/region/indicators", API + "/municipalities",
                API + "/schools", API + "/best-practices", API + "/registry", API + "/events", API + "/opendata/indicators.csv",
                API + "/opendata/structure.csv", API + "/opendata/passport", API + "/opendata/passport.csv"));
        for (Object m : as(token).get(API + "/municipalities?size=100").jsonPath().getList("items.id")) {
            paths.add(API + "/municipalities/" + m + "/indicators");
            paths.add(API + "/schools?municipalityId=" + m);
        }
        JsonPath schools = as(token).get(API + "/schools?size=100").jsonPath();
        for (Map<String, Object> s : schools.<Map<String, Object>>getList("items")) {
            if (!Boolean.TRUE.equals(s.get("archived"))) {
                paths.add(API + "/schools/" + s.get("id") + "/indicators");
            }
        }
        for (Object p : as(token).get(API + "/best-practices?size=100").jsonPath().getList("items.id")) {
            paths.add(API + "/best-practices/" + p);
            for (Object content : as(token).get(API + "/best-practices/" + p).jsonPath().getList("materials.content")) {
                paths.add(content.toString());
            }
        }
        return paths;
    }

    private static void publishedWithAnAnonymousMentee() {
        String curator = Tokens.school();
        UUID id = Recognition.draft(curator, Demo.SCHOOL_A1);
        for (Map<String, Object> p : Recognition.get(curator, Demo.SCHOOL_A1, id)
                .<Map<String, Object>>getList("participants")) {
            boolean minor = Boolean.TRUE.equals(p.get("minor"));
            String publication = p.get("role").equals("MENTOR") ? "NAME" : "ANONYMOUS";
            Recognition.recordConsent(curator, Demo.SCHOOL_A1, id, (String) p.get("participantId"),
                    Recognition.consentBody(publication, minor ? "PARENT" : "SELF",
                            minor ? "Родитель " + p.get("fullName") : (String) p.get("fullName")))
                    .then().statusCode(200);
        }
        Recognition.submit(curator, Demo.SCHOOL_A1, id).then().statusCode(200);
        Recognition.review(Tokens.muni(), Demo.MUNI_A, id, "accept", null).then().statusCode(200);
    }

    /**
     * Names, birth dates and contacts of the demo region's people (participants, givers of consents, curators),
     * less the names a consent to publish allows in a published practice.
     */
    private Set<String> personalDataWithoutConsent() throws SQLException {
        Set<String> personal = new HashSet<>();
        Set<String> allowed = new HashSet<>();
        String inRegion = "school_id IN (SELECT s.id FROM school s JOIN municipality m ON m.id = s.municipality_id"
                + " WHERE m.region_id = '" + Demo.REGION + "')";
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            collect(s, "SELECT full_name, email, phone, to_char(birth_date, 'YYYY-MM-DD') FROM participant WHERE "
                    + inRegion, personal);
            collect(s, "SELECT giver_name FROM consent WHERE participant_id IN (SELECT id FROM participant WHERE "
                    + inRegion + ")", personal);
            collect(s, "SELECT giver_name FROM best_practice_consent WHERE " + inRegion, personal);
            collect(s, "SELECT full_name, email, phone FROM curator WHERE " + inRegion, personal);
            collect(s, "SELECT consent_giver_name FROM mentor_nomination WHERE " + inRegion, personal);
            collect(s, """
                    SELECT p.full_name FROM mentor_nomination n JOIN participant p ON p.id = n.participant_id
                    WHERE n.status IN ('INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED')
                      AND n.consent_withdrawn_on IS NULL AND n.consent_publication IN ('NAME', 'NAME_AND_PHOTO')""",
                    allowed);
            collect(s, "SELECT giver_name FROM event_entrant WHERE " + inRegion, personal);
            collect(s, """
                    SELECT p.full_name FROM best_practice_consent c
                    JOIN best_practice bp ON bp.id = c.practice_id JOIN participant p ON p.id = c.participant_id
                    WHERE bp.status IN ('ACCEPTED', 'RECOMMENDED') AND c.withdrawn_on IS NULL
                      AND c.publication IN ('NAME', 'NAME_AND_PHOTO')""", allowed);
            collect(s, """
                    SELECT p.full_name FROM event_entrant en
                    LEFT JOIN mentorship m ON m.id = en.mentorship_id
                    JOIN participant p ON p.id = coalesce(en.participant_id, m.mentor_id)
                    WHERE en.publication IN ('NAME', 'NAME_AND_PHOTO')
                      AND (en.kind = 'MENTOR' OR NOT participant_may_be_minor(p.kind, p.birth_date))""", allowed);
        }
        personal.removeAll(allowed);
        // Another fixture's person whose name is the start of a published one's («Волкова Татьяна» within «Волкова
        // Татьяна Сергеевна») cannot be told apart in the text: the published name is what the answer shows.
        personal.removeIf(v -> allowed.stream().anyMatch(a -> a.contains(v)));
        // Other tests name people by one word of the product's own labels («Наставник», «Студент»), which also
        // occur in the portal's own words and identify no one. A person's name has two words, contacts and dates
        // are longer.
        personal.removeIf(v -> v.strip().length() < 6 || v.strip().matches("\\p{L}+"));
        return personal;
    }

    private static void collect(Statement s, String sql, Set<String> into) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    if (r.getString(i) != null) {
                        into.add(r.getString(i));
                    }
                }
            }
        }
    }

    /**
     * Counts are a portal value's numerator and denominator (a mean's numerator is a sum of scores, no count), a
     * count indicator's value, a practice's mentees and a registry mentor's pairs. Returns how many hidden values were
     * seen.
     */
    private static int smallCounts(String path, JsonNode node, String unit) {
        int hidden = 0;
        if (node.isArray()) {
            for (JsonNode n : node) {
                hidden += smallCounts(path, n, unit);
            }
        } else if (node.isObject()) {
            String here = node.has("unit") ? node.get("unit").asText() : unit;
            var fields = node.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                JsonNode v = f.getValue();
                if (v.isObject() && v.has("suppressed")) {
                    boolean count = f.getKey().equals("denominator") || f.getKey().equals("mentees")
                            || f.getKey().equals("completedPairs") || f.getKey().equals("effectivePairs")
                            || (f.getKey().equals("numerator") && !"SCORE".equals(here))
                            || (f.getKey().equals("value") && "COUNT".equals(here));
                    if (v.get("suppressed").asBoolean()) {
                        hidden++;
                        assertThat(v.get("value").isNull()).as("%s: %s hidden but given", path, f.getKey()).isTrue();
                    } else if (count) {
                        assertThat(small(v.get("value").decimalValue())).as("%s: %s = %s", path, f.getKey(), v)
                                .isFalse();
                    }
                } else {
                    hidden += smallCounts(path, v, here);
                }
            }
        }
        return hidden;
    }

    private static int smallCountsInCsv(String path, String csv) {
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int hidden = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csvCells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            if (row.get("suppressed").equals("true")) {
                hidden++;
            }
            List<String> counts = new ArrayList<>(List.of("denominator"));
            if (!row.get("unit").equals("SCORE")) {
                counts.add("numerator");
            }
            if (row.get("unit").equals("COUNT")) {
                counts.add("value");
            }
            for (String column : counts) {
                String v = row.get(column);
                assertThat(!v.isEmpty() && small(new BigDecimal(v))).as("%s: %s in %s", path, column, line).isFalse();
            }
        }
        return hidden;
    }

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static boolean small(BigDecimal v) {
        return v.signum() > 0 && v.compareTo(BigDecimal.valueOf(5)) < 0;
    }
}
