package ru.nastavnik.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ru.nastavnik.reporting.Campaigns;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.ScopedCalls.As;
import ru.nastavnik.support.Tokens;

/**
 * The audit trail: who did what with personal data, written with the change and never rewritten, and read where the
 * law expects — the school all of its own, the municipality its schools' transitions, the region the municipalities'.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String PARTICIPANTS = "/api/schools/" + Demo.SCHOOL_A1 + "/participants";
    private static final String SCHOOL_AUDIT = "/api/schools/" + Demo.SCHOOL_A1 + "/audit";

    @Inject
    EntityManager em;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Test
    void anUpdateNamesTheFieldsItChangedAndNeverTheirValues() {
        Response created = as(Tokens.school()).body(Api.pupilWithConsent("Ученица Журнальная"))
                .post(PARTICIPANTS);
        created.then().statusCode(201);
        String id = created.path("id");
        JsonPath creation = entry(created);
        assertThat(creation.getString("action")).isEqualTo("PARTICIPANT_CREATED");
        assertThat(creation.getString("participantId")).isEqualTo(id);
        assertThat(creation.getString("actorLogin")).isEqualTo("school");
        assertThat(creation.getList("fields", String.class)).contains("fullName", "birthDate", "email",
                "menteeProfile");

        Map<String, Object> body = Api.current(Tokens.school(), PARTICIPANTS + "/" + id, "ParticipantInput");
        body.put("email", "secret-new-address@example.ru");
        body.put("gradeOrPosition", "9 «Б»");
        Response updated = as(Tokens.school()).body(body).put(PARTICIPANTS + "/" + id);
        updated.then().statusCode(200);
        JsonPath update = entry(updated);
        assertThat(update.getString("action")).isEqualTo("PARTICIPANT_UPDATED");
        assertThat(update.getString("category")).isEqualTo("PERSONAL_DATA");
        assertThat(update.getString("objectType")).isEqualTo("participant");
        assertThat(update.getList("fields", String.class)).containsExactlyInAnyOrder("email", "gradeOrPosition");
        String stored = inScope(em, new As("system", null, null, null), () -> em.createNativeQuery(
                "SELECT row_to_json(e)::text FROM audit_event e WHERE request_id = ?1")
                .setParameter(1, updated.header("X-Request-Id")).getSingleResult().toString());
        assertThat(stored).doesNotContain("secret-new-address", "9 «Б»", "Ученица");
    }

    @Test
    void aCuratorsCreationAndUpdateNameTheFieldsTheyWrote() {
        String curators = "/api/schools/" + Demo.SCHOOL_A1 + "/curators";
        Response created = as(Tokens.school()).body(Map.of("fullName", "Куратор Журнальный Иван", "position",
                "Заместитель директора", "orderNumber", "12-н", "orderDate", "2026-09-01", "email",
                "curator-old@example.ru")).post(curators);
        created.then().statusCode(201);
        assertThat(entry(created).getList("fields", String.class)).contains("fullName", "position", "email")
                .doesNotContain("phone", "id");
        String id = created.path("id");
        Map<String, Object> body = Api.current(Tokens.school(), curators + "/" + id, "CuratorInput");
        body.put("phone", "+7 900 000-00-00");
        body.put("position", "Педагог-организатор");
        Response updated = as(Tokens.school()).body(body).put(curators + "/" + id);
        updated.then().statusCode(200);
        JsonPath e = entry(updated);
        assertThat(e.getString("action")).isEqualTo("CURATOR_UPDATED");
        assertThat(e.getList("fields", String.class)).containsExactlyInAnyOrder("phone", "position");
    }

    @Test
    void aWithdrawalIsAConsentEventNamingWhatWasErased() {
        UUID id = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        Response withdrawn = as(Tokens.school()).body(Map.of("withdrawnOn", "2025-10-01"))
                .post(PARTICIPANTS + "/" + id + "/consents/withdraw");
        withdrawn.then().statusCode(200);
        JsonPath e = entry(withdrawn);
        assertThat(e.getString("action")).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(e.getString("category")).isEqualTo("CONSENT");
        assertThat(e.getString("participantId")).isEqualTo(id.toString());
        assertThat(e.getList("fields", String.class)).contains("consentStatus", "birthDate", "email");
        as(Tokens.school()).queryParam("person", id).queryParam("category", "CONSENT").get(SCHOOL_AUDIT).then()
                .statusCode(200).body("items.action", equalTo(List.of("CONSENT_WITHDRAWN")));
    }

    @Test
    void aPersonalLinkIsRecordedAsItsHolderInItsSchoolWhoeverIsSignedIn() {
        UUID pupil = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String token = as(Tokens.school()).body(Map.of("templateId", Api.MENTEE_REQUEST))
                .post(PARTICIPANTS + "/" + pupil + "/fill-links").then().statusCode(201).extract().path("token");
        // Signed in as someone of another scope entirely: the entry still names the link's holder.
        Response filled = as(Tokens.muni2()).body(Map.of("answers", Api.menteeRequestAnswers("career")
                .get("answers"))).post("/api/fill/" + token);
        filled.then().statusCode(201);
        JsonPath e = entry(filled);
        assertThat(e.getString("action")).isEqualTo("RESPONSE_FILLED_BY_LINK");
        assertThat(e.getString("actorRole")).isEqualTo("link");
        assertThat(e.getString("actorName")).isEqualTo("участник по ссылке на анкету");
        assertThat(e.getString("participantId")).isEqualTo(pupil.toString());
        assertThat(e.getString("schoolId")).isEqualTo(Demo.SCHOOL_A1.toString());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        UUID id = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        Map<String, Object> body = Api.current(Tokens.school(), PARTICIPANTS + "/" + id, "ParticipantInput");
        body.put("version", ((Number) body.get("version")).intValue() + 5);
        Response refused = as(Tokens.school()).body(body).put(PARTICIPANTS + "/" + id);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(entries(refused.header("X-Request-Id"))).isZero();
    }

    @Test
    void theTrailRefusesUpdateDeleteAndTruncateToTheApplicationAndEvenToItsOwner() throws SQLException {
        as(Tokens.school()).get(PARTICIPANTS + "/export").then().statusCode(200);
        As school = new As("school", null, null, Demo.SCHOOL_A1);
        for (String statement : List.of("UPDATE audit_event SET actor_name = 'Никто' WHERE school_id = ?1",
                "DELETE FROM audit_event WHERE school_id = ?1")) {
            assertThatThrownBy(() -> inScope(em, school, () -> em.createNativeQuery(statement)
                    .setParameter(1, Demo.SCHOOL_A1).executeUpdate())).as(statement)
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        }
        assertThatThrownBy(() -> inScope(em, school, () -> em.createNativeQuery("TRUNCATE audit_event")
                .executeUpdate())).satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        // The owner holds every privilege, as a mistaken grant would give them: the trigger still refuses.
        for (String statement : List.of("UPDATE audit_event SET actor_name = 'Никто'", "DELETE FROM audit_event",
                "TRUNCATE audit_event")) {
            try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate(statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .isEqualTo("55000"));
            }
        }
    }

    @Test
    void aRowMustSayTrulyWhereItBelongs() {
        As school = new As("school", null, null, Demo.SCHOOL_A1);
        assertThatThrownBy(() -> inScope(em, school, () -> em.createNativeQuery("""
                INSERT INTO audit_event (actor_role, actor_login, actor_name, school_id, category, action, object_type)
                VALUES ('school', 'x', 'x', ?1, 'EXPORT', 'PARTICIPANTS_EXPORTED', 'school')
                """).setParameter(1, Demo.SCHOOL_A2).executeUpdate())).hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> inScope(em, school, () -> em.createNativeQuery("""
                INSERT INTO audit_event (actor_role, actor_login, actor_name, school_id, category, action, object_type,
                                         fields)
                VALUES ('school', 'x', 'x', ?1, 'PERSONAL_DATA', 'PARTICIPANT_UPDATED', 'participant',
                        '{"email=pupil@example.ru"}')
                """).setParameter(1, Demo.SCHOOL_A1).executeUpdate())).satisfies(e -> assertThat(sqlState(e))
                .isEqualTo("23514"));
    }

    @Test
    void eachLevelReadsWhatTheLawExpectsAndNoMore() {
        UUID campaign = Campaigns.open(Tokens.region(), Demo.REGION);
        UUID report = Campaigns.submittedSchoolReport(Demo.SCHOOL_A1, campaign);
        Response accepted = Campaigns.decide(Tokens.muni(), Campaigns.schoolReports(Demo.MUNI_A, campaign),
                Campaigns.schoolReport(Demo.SCHOOL_A1, campaign), report, "accept", null, Tokens.muni());
        accepted.then().statusCode(200);
        UUID pupil = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        String muniAudit = "/api/municipalities/" + Demo.MUNI_A + "/audit";
        String regionAudit = "/api/regions/" + Demo.REGION + "/audit";

        JsonPath acceptance = entry(accepted);
        assertThat(acceptance.getString("schoolId")).isEqualTo(Demo.SCHOOL_A1.toString());
        assertThat(acceptance.getString("actorRole")).isEqualTo("municipal");
        as(Tokens.school()).queryParam("size", 100).get(SCHOOL_AUDIT).then().statusCode(200)
                .body("items.requestId", hasItem(accepted.header("X-Request-Id")))
                .body("items.participantId", hasItem(pupil.toString()));
        as(Tokens.muni()).queryParam("size", 100).get(muniAudit).then().statusCode(200)
                .body("items.requestId", hasItem(accepted.header("X-Request-Id")))
                .body("items.participantId", not(hasItem(pupil.toString())))
                .body("items.findAll { it.schoolId != null }.category.unique()", equalTo(List.of("TRANSITION")));
        as(Tokens.region()).queryParam("size", 100).get(regionAudit).then().statusCode(200)
                .body("items.requestId", not(hasItem(accepted.header("X-Request-Id"))))
                .body("items.findAll { it.schoolId != null }", equalTo(List.of()));

        as(Tokens.school2()).get(SCHOOL_AUDIT).then().statusCode(404);
        as(Tokens.muni()).get(SCHOOL_AUDIT).then().statusCode(403);
        as(Tokens.muni2()).get(muniAudit).then().statusCode(404);
        as(Tokens.otherRegion()).get(regionAudit).then().statusCode(404);
        as(Tokens.portal()).get(regionAudit).then().statusCode(403);
    }

    @Test
    void theExportIsAnExcelBookAndIsItselfRecorded() throws Exception {
        UUID pupil = Api.createParticipant(Tokens.school(), Demo.SCHOOL_A1);
        Response export = as(Tokens.school()).queryParam("person", pupil).get(SCHOOL_AUDIT + "/export");
        export.then().statusCode(200).contentType(equalTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.asByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Действие");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Участник добавлен");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo(pupil.toString());
        }
        assertThat(entry(export).getString("action")).isEqualTo("AUDIT_EXPORTED");
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        as(Tokens.school()).queryParam("from", "2025-10-02").queryParam("to", "2025-10-01").get(SCHOOL_AUDIT).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        as(Tokens.school()).queryParam("action", "BURNED").get(SCHOOL_AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("action"));
        as(Tokens.school()).queryParam("person", "somebody").get(SCHOOL_AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("person"));
        as(Tokens.school()).queryParam("from", "01.10.2025").get(SCHOOL_AUDIT + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(Tokens.school()).queryParam("sort", "actorLogin").get(SCHOOL_AUDIT).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    /** The one entry a call left, found by the request id it answered with. */
    private JsonPath entry(Response call) {
        String requestId = call.header("X-Request-Id");
        assertThat(entries(requestId)).as("entries of request " + requestId).isEqualTo(1);
        String json = inScope(em, new As("system", null, null, null), () -> em.createNativeQuery("""
                SELECT json_build_object('action', action, 'category', category, 'objectType', object_type,
                       'participantId', participant_id, 'fields', fields, 'actorLogin', actor_login,
                       'actorRole', actor_role, 'actorName', actor_name, 'schoolId', school_id)::text
                  FROM audit_event WHERE request_id = ?1
                """).setParameter(1, requestId).getSingleResult().toString());
        return new JsonPath(json);
    }

    private long entries(String requestId) {
        return inScope(em, new As("system", null, null, null), () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_event WHERE request_id = ?1").setParameter(1, requestId)
                .getSingleResult()).longValue());
    }
}
