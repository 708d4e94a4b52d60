package ru.nastavnik.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.nastavnik.support.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Matching;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/**
 * Every endpoint × every role × the caller's own scope and a foreign one, with the status each cell must give.
 * "Foreign" is the nearest thing the caller must not reach: another region for regional and portal users,
 * another municipality for a municipal user, another school of the same municipality for a school user.
 * A dash marks a cell that has no foreign variant (the endpoint names no object).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> ROLES = List.of("regional", "municipal", "school", "portal", "anonymous");

    private static final String MATRIX = """
            endpoint                                        | regional | municipal | school  | portal  | anonymous
            GET /api/me                                     | 200 -    | 200 -     | 200 -   | 200 -   | 401
            GET /api/regions                                | 200 -    | 200 -     | 200 -   | 200 -   | 401
            GET /api/regions/{id}                           | 200 404  | 200 404   | 200 404 | 200 404 | 401
            PUT /api/regions/{id}                           | 200 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/municipalities                         | 200 -    | 200 -     | 200 -   | 200 -   | 401
            POST /api/municipalities                        | 201 -    | 403 -     | 403 -   | 403 -   | 401
            GET /api/municipalities/{id}                    | 200 404  | 200 404   | 200 404 | 200 404 | 401
            PUT /api/municipalities/{id}                    | 200 404  | 403 403   | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}                 | 204 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/schools                                | 200 -    | 200 -     | 200 -   | 200 -   | 401
            POST /api/schools                               | 201 404  | 201 404   | 403 403 | 403 403 | 401
            GET /api/schools/{id}                           | 200 404  | 200 404   | 200 404 | 200 404 | 401
            PUT /api/schools/{id}                           | 200 404  | 200 404   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}                        | 204 404  | 204 404   | 403 403 | 403 403 | 401
            POST /api/schools/{id}/archive                  | 200 404  | 200 404   | 403 403 | 403 403 | 401
            POST /api/schools/{id}/restore                  | 200 404  | 200 404   | 403 403 | 403 403 | 401
            GET /api/schools/{id}/contingents               | 200 404  | 200 404   | 200 404 | 200 404 | 401
            PUT /api/schools/{id}/contingents/{year}        | 201 404  | 201 404   | 201 404 | 403 403 | 401
            DELETE /api/schools/{id}/contingents/{year}     | 204 404  | 204 404   | 204 404 | 403 403 | 401
            GET /api/schools/{id}/curators                  | 200 404  | 200 404   | 200 404 | 403 403 | 401
            POST /api/schools/{id}/curators                 | 201 404  | 201 404   | 201 404 | 403 403 | 401
            GET /api/schools/{id}/curators/{cid}            | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/curators/{cid}            | 200 404  | 200 404   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/curators/{cid}         | 204 404  | 204 404   | 204 404 | 403 403 | 401
            GET /api/competencies                           | 200 -    | 200 -     | 200 -   | 200 -   | 401
            GET /api/schools/{id}/participants              | 403 403  | 403 403   | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants             | 403 403  | 403 403   | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}        | 403 403  | 403 403   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/participants/{pid}        | 403 403  | 403 403   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/participants/{pid}     | 403 403  | 403 403   | 204 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/consents           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/consents          | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/consents/{consentId} | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/consents/withdraw | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/questionnaires                         | 200 -    | 200 -     | 200 -   | 200 -   | 401
            POST /api/questionnaires                        | 201 -    | 403 -     | 201 -   | 403 -   | 401
            GET /api/questionnaires/{qid}                   | 200 404  | 200 404   | 200 404 | 200 404 | 401
            GET /api/questionnaires/{qid}/versions          | 200 404  | 200 404   | 200 404 | 200 404 | 401
            PUT /api/questionnaires/{qid}                   | 403 404  | 403 403   | 200 404 | 403 403 | 401
            DELETE /api/questionnaires/{qid}                | 403 404  | 403 403   | 204 404 | 403 403 | 401
            POST /api/questionnaires/{qid}/publish          | 403 404  | 403 403   | 200 404 | 403 403 | 401
            POST /api/questionnaires/{qid}/versions         | 403 404  | 403 403   | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/responses  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/responses | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/responses/{responseId} | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/questionnaires/{qid}/summary  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/questionnaires/{qid}/responses | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/fill-links  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/fill-links | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/fill-links/{lid}        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/fill-links/{lid}/revoke | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/fill/{token}                           | 200 -    | 200 -     | 200 -   | 200 -   | 200
            POST /api/fill/{token}                          | 201 -    | 201 -     | 201 -   | 201 -   | 201
            GET /api/schools/{id}/mentorships                   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/export            | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships                  | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/events      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/activate   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/complete   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/terminate  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/reschedule | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/completion  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/impact      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/report/docx | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/report/pdf  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/impact                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/orders                       | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}                  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}/docx             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}/pdf              | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/export                         | 200 -    | 200 -     | 200 -   | 200 -   | 401
            GET /api/schools/{id}/participants/export       | 403 403  | 403 403   | 200 404 | 403 403 | 401
            POST /api/imports/participants                  | 403 -    | 403 -     | 202 -   | 403 -   | 401
            POST /api/imports/schools                       | 202 -    | 202 -     | 403 -   | 403 -   | 401
            POST /api/imports/responses                     | 403 -    | 403 -     | 202 -   | 403 -   | 401
            GET /api/imports                                | 200 -    | 200 -     | 200 -   | 403 -   | 401
            GET /api/imports/{iid}                          | 200 404  | 200 404   | 200 404 | 403 403 | 401
            GET /api/imports/{iid}/rows                     | 200 404  | 200 404   | 200 404 | 403 403 | 401
            GET /api/imports/{iid}/report                   | 200 404  | 200 404   | 200 404 | 403 403 | 401
            POST /api/imports/{iid}/cancel                  | 409 404  | 409 404   | 409 404 | 403 403 | 401
            GET /api/imports/templates/{kind}               | 200 -    | 200 -     | 200 -   | 403 -   | 401
            GET /api/schools/{id}/match-runs                    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/match-runs                   | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/match-runs/{rid}              | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/match-runs/{rid}/accept      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/match-runs/{rid}/reject      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/match-runs/{rid}/swap        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/match-exclusions              | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/match-exclusions             | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/match-exclusions/{eid}        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/match-exclusions/{eid}     | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/municipalities/{id}/match-runs               | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-runs              | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/match-runs/{rid}         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-runs/{rid}/accept | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-runs/{rid}/reject | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-runs/{rid}/swap   | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/match-exclusions         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-exclusions        | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/match-exclusions/{eid}   | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/match-exclusions/{eid} | 403 403 | 204 404 | 403 403 | 403 403 | 401
            """;

    /** Where a caller of a role reaches: its own scope, or the nearest foreign one. */
    record Target(UUID region, UUID municipality, UUID school, boolean otherRegion) {

        static Target of(String role, boolean own) {
            if (own) {
                return new Target(Demo.REGION, Demo.MUNI_A, Demo.SCHOOL_A1, false);
            }
            return switch (role) {
                case "regional", "portal" -> new Target(Demo.OTHER_REGION, Demo.OTHER_MUNI, Demo.OTHER_SCHOOL, true);
                case "municipal" -> new Target(Demo.OTHER_REGION, Demo.MUNI_B, Demo.SCHOOL_B1, false);
                case "school" -> new Target(Demo.OTHER_REGION, Demo.MUNI_B, Demo.SCHOOL_A2, false);
                default -> throw new IllegalArgumentException(role);
            };
        }

        /** A token that can prepare data at this target: the regional user of the target's region. */
        String admin() {
            return otherRegion ? Tokens.otherRegion() : Tokens.region();
        }

        /** A school that may be archived or deleted: a fresh one, except where only the caller's own exists. */
        UUID disposableSchool(String role, boolean own) {
            if (role.equals("school") && own) {
                return school;
            }
            UUID municipality = role.equals("school") ? Demo.MUNI_A : this.municipality;
            return Api.createSchool(admin(), municipality);
        }
    }

    interface Call {
        Response run(String token, String role, boolean own, Target t);
    }

    private static final Map<String, Call> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("GET /api/me", (tok, role, own, t) -> as(tok).get("/api/me"));
        CALLS.put("GET /api/regions", (tok, role, own, t) -> as(tok).get("/api/regions"));
        CALLS.put("GET /api/regions/{id}", (tok, role, own, t) -> as(tok).get("/api/regions/" + t.region()));
        CALLS.put("PUT /api/regions/{id}", (tok, role, own, t) -> {
            String path = "/api/regions/" + t.region();
            String admin = t.region().equals(Demo.OTHER_REGION) ? Tokens.otherRegion() : Tokens.region();
            return as(tok).body(Api.current(admin, path, "RegionInput")).put(path);
        });
        CALLS.put("GET /api/municipalities", (tok, role, own, t) -> as(tok).get("/api/municipalities"));
        CALLS.put("POST /api/municipalities", (tok, role, own, t) -> as(tok)
                .body(Map.of("name", "Округ " + UUID.randomUUID(), "oktmo", Api.uniqueOktmo()))
                .post("/api/municipalities"));
        CALLS.put("GET /api/municipalities/{id}",
                (tok, role, own, t) -> as(tok).get("/api/municipalities/" + t.municipality()));
        CALLS.put("PUT /api/municipalities/{id}", (tok, role, own, t) -> {
            String path = "/api/municipalities/" + t.municipality();
            Map<String, Object> body = Api.current(t.admin(), path, "MunicipalityInput");
            return as(tok).body(Map.of("name", body.get("name"), "oktmo", body.get("oktmo"), "version",
                    body.get("version"))).put(path);
        });
        CALLS.put("DELETE /api/municipalities/{id}", (tok, role, own, t) -> as(tok)
                .delete("/api/municipalities/" + Api.createMunicipality(t.admin())));
        CALLS.put("GET /api/schools", (tok, role, own, t) -> as(tok).get("/api/schools"));
        CALLS.put("POST /api/schools", (tok, role, own, t) -> as(tok)
                .body(Api.schoolBody(t.municipality(), "Новая школа")).post("/api/schools"));
        CALLS.put("GET /api/schools/{id}", (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school()));
        CALLS.put("PUT /api/schools/{id}", (tok, role, own, t) -> {
            String path = "/api/schools/" + t.school();
            return as(tok).body(Api.current(t.admin(), path, "SchoolInput")).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}",
                (tok, role, own, t) -> as(tok).delete("/api/schools/" + t.disposableSchool(role, own)));
        CALLS.put("POST /api/schools/{id}/archive", (tok, role, own, t) -> as(tok)
                .post("/api/schools/" + t.disposableSchool(role, own) + "/archive"));
        CALLS.put("POST /api/schools/{id}/restore", (tok, role, own, t) -> as(tok)
                .post("/api/schools/" + t.disposableSchool(role, own) + "/restore"));
        CALLS.put("GET /api/schools/{id}/contingents",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/contingents"));
        CALLS.put("PUT /api/schools/{id}/contingents/{year}", (tok, role, own, t) -> {
            String path = freshYear(t);
            return as(tok).body(Api.contingentBody(null)).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/contingents/{year}", (tok, role, own, t) -> {
            String path = freshYear(t);
            as(t.admin()).body(Api.contingentBody(null)).put(path).then().statusCode(201);
            return as(tok).delete(path);
        });
        CALLS.put("GET /api/schools/{id}/curators",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/curators"));
        CALLS.put("POST /api/schools/{id}/curators", (tok, role, own, t) -> as(tok)
                .body(Api.curatorBody("Новый куратор")).post("/api/schools/" + t.school() + "/curators"));
        CALLS.put("GET /api/schools/{id}/curators/{cid}", (tok, role, own, t) -> as(tok).get(freshCurator(t)));
        CALLS.put("PUT /api/schools/{id}/curators/{cid}", (tok, role, own, t) -> {
            String path = freshCurator(t);
            return as(tok).body(Api.current(t.admin(), path, "CuratorInput")).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/curators/{cid}",
                (tok, role, own, t) -> as(tok).delete(freshCurator(t)));
    }

    private static final String PARTICIPANTS = "/api/schools/%s/participants";

    static {
        CALLS.put("GET /api/competencies", (tok, role, own, t) -> as(tok).get("/api/competencies"));
        CALLS.put("GET /api/schools/{id}/participants",
                (tok, role, own, t) -> as(tok).get(PARTICIPANTS.formatted(t.school())));
        CALLS.put("POST /api/schools/{id}/participants", (tok, role, own, t) -> as(tok)
                .body(Api.pupilWithConsent("Новый участник")).post(PARTICIPANTS.formatted(t.school())));
        CALLS.put("GET /api/schools/{id}/participants/{pid}", (tok, role, own, t) -> as(tok).get(freshParticipant(t)));
        CALLS.put("PUT /api/schools/{id}/participants/{pid}", (tok, role, own, t) -> {
            String path = freshParticipant(t);
            Map<String, Object> body = Api.current(Tokens.forSchool(t.school()), path, "ParticipantInput");
            return as(tok).body(body).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/participants/{pid}", (tok, role, own, t) -> {
            String path = as(Tokens.forSchool(t.school()))
                    .body(Map.of("kind", "TEACHER", "fullName", "Без согласия"))
                    .post(PARTICIPANTS.formatted(t.school())).then().statusCode(201).extract().path("id");
            return as(tok).delete(PARTICIPANTS.formatted(t.school()) + "/" + path);
        });
        CALLS.put("GET /api/schools/{id}/participants/{pid}/consents",
                (tok, role, own, t) -> as(tok).get(freshParticipant(t) + "/consents"));
        CALLS.put("POST /api/schools/{id}/participants/{pid}/consents", (tok, role, own, t) -> {
            String path = freshParticipant(t);
            as(Tokens.forSchool(t.school())).body(Map.of("withdrawnOn", "2025-10-01")).post(path + "/consents/withdraw")
                    .then().statusCode(200);
            return as(tok).body(Map.of("givenBy", "PARENT", "giverName", "Мать", "givenOn", "2025-10-02", "scope",
                    "Программа наставничества", "documentRef", "№ 2", "birthDate", "2012-03-15"))
                    .post(path + "/consents");
        });
        CALLS.put("GET /api/schools/{id}/participants/{pid}/consents/{consentId}", (tok, role, own, t) -> {
            String path = freshParticipant(t) + "/consents";
            String consent = as(Tokens.forSchool(t.school())).get(path).then().statusCode(200).extract()
                    .path("[0].id");
            return as(tok).get(path + "/" + consent);
        });
        CALLS.put("POST /api/schools/{id}/participants/{pid}/consents/withdraw", (tok, role, own, t) -> as(tok)
                .body(Map.of("withdrawnOn", "2025-10-01")).post(freshParticipant(t) + "/consents/withdraw"));
    }

    private static final String QUESTIONNAIRES = "/api/questionnaires";

    static {
        CALLS.put("GET /api/questionnaires", (tok, role, own, t) -> as(tok).get(QUESTIONNAIRES));
        CALLS.put("POST /api/questionnaires",
                (tok, role, own, t) -> as(tok).body(Api.templateBody("Новая анкета")).post(QUESTIONNAIRES));
        CALLS.put("GET /api/questionnaires/{qid}", (tok, role, own, t) -> as(tok).get(freshTemplate(t)));
        CALLS.put("GET /api/questionnaires/{qid}/versions",
                (tok, role, own, t) -> as(tok).get(freshTemplate(t) + "/versions"));
        CALLS.put("PUT /api/questionnaires/{qid}", (tok, role, own, t) -> {
            String path = freshTemplate(t);
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), path, "QuestionnaireTemplateInput")).put(path);
        });
        CALLS.put("DELETE /api/questionnaires/{qid}", (tok, role, own, t) -> as(tok).delete(freshTemplate(t)));
        CALLS.put("POST /api/questionnaires/{qid}/publish",
                (tok, role, own, t) -> as(tok).post(freshTemplate(t) + "/publish"));
        CALLS.put("POST /api/questionnaires/{qid}/versions", (tok, role, own, t) -> {
            String path = freshTemplate(t);
            as(Tokens.forSchool(t.school())).post(path + "/publish").then().statusCode(200);
            return as(tok).post(path + "/versions");
        });
    }

    static {
        CALLS.put("GET /api/schools/{id}/participants/{pid}/responses",
                (tok, role, own, t) -> as(tok).get(freshParticipant(t) + "/responses"));
        CALLS.put("POST /api/schools/{id}/participants/{pid}/responses", (tok, role, own, t) -> as(tok)
                .body(Api.menteeRequestAnswers("subject-math")).post(freshParticipant(t) + "/responses"));
        CALLS.put("GET /api/schools/{id}/questionnaires/{qid}/summary", (tok, role, own, t) -> as(tok)
                .get("/api/schools/" + t.school() + "/questionnaires/" + Api.MENTEE_REQUEST + "/summary"));
        CALLS.put("GET /api/schools/{id}/participants/{pid}/responses/{responseId}", (tok, role, own, t) -> {
            String path = freshParticipant(t) + "/responses";
            String response = as(Tokens.forSchool(t.school())).body(Api.menteeRequestAnswers("subject-math"))
                    .post(path).then().statusCode(201).extract().path("id");
            return as(tok).get(path + "/" + response);
        });
        CALLS.put("GET /api/schools/{id}/questionnaires/{qid}/responses", (tok, role, own, t) -> as(tok)
                .get("/api/schools/" + t.school() + "/questionnaires/" + Api.MENTEE_REQUEST + "/responses"));
        CALLS.put("GET /api/schools/{id}/participants/{pid}/fill-links",
                (tok, role, own, t) -> as(tok).get(freshParticipant(t) + "/fill-links"));
        CALLS.put("POST /api/schools/{id}/participants/{pid}/fill-links", (tok, role, own, t) -> as(tok)
                .body(Map.of("templateId", Api.MENTEE_REQUEST)).post(freshParticipant(t) + "/fill-links"));
        CALLS.put("GET /api/schools/{id}/participants/{pid}/fill-links/{lid}", (tok, role, own, t) -> {
            String path = freshParticipant(t) + "/fill-links";
            String link = as(Tokens.forSchool(t.school())).body(Map.of("templateId", Api.MENTEE_REQUEST)).post(path)
                    .then().statusCode(201).extract().path("id");
            return as(tok).get(path + "/" + link);
        });
        CALLS.put("POST /api/schools/{id}/participants/{pid}/fill-links/{lid}/revoke", (tok, role, own, t) -> {
            String path = freshParticipant(t) + "/fill-links";
            String link = as(Tokens.forSchool(t.school())).body(Map.of("templateId", Api.MENTEE_REQUEST)).post(path)
                    .then().statusCode(201).extract().path("id");
            return as(tok).post(path + "/" + link + "/revoke");
        });
        CALLS.put("GET /api/fill/{token}", (tok, role, own, t) -> as(tok).get("/api/fill/" + freshFillToken(t)));
        CALLS.put("POST /api/fill/{token}", (tok, role, own, t) -> as(tok)
                .body(Map.of("answers", Api.menteeRequestAnswers("career").get("answers")))
                .post("/api/fill/" + freshFillToken(t)));
    }

    /** A link's secret is its own credential: whoever holds it reaches that one questionnaire, whatever their role. */
    private static String freshFillToken(Target t) {
        return as(Tokens.forSchool(t.school())).body(Map.of("templateId", Api.MENTEE_REQUEST))
                .post(freshParticipant(t) + "/fill-links").then().statusCode(201).extract().path("token");
    }

    static {
        CALLS.put("GET /api/schools/{id}/mentorships",
                (tok, role, own, t) -> as(tok).get(Pairs.mentorships(t.school())));
        CALLS.put("GET /api/schools/{id}/mentorships/export",
                (tok, role, own, t) -> as(tok).get(Pairs.mentorships(t.school()) + "/export"));
        CALLS.put("POST /api/schools/{id}/mentorships", (tok, role, own, t) -> {
            String admin = Tokens.forSchool(t.school());
            return as(tok).body(Pairs.pairBody(Pairs.mentor(admin, t.school(), "Наставник", 1),
                    Pairs.mentee(admin, t.school(), "Наставляемый"))).post(Pairs.mentorships(t.school()));
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}", (tok, role, own, t) -> as(tok)
                .get(mentorship(t, Pairs.proposedPair(Tokens.forSchool(t.school()), t.school()))));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/events", (tok, role, own, t) -> as(tok)
                .get(mentorship(t, Pairs.proposedPair(Tokens.forSchool(t.school()), t.school())) + "/events"));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/activate", (tok, role, own, t) -> {
            UUID id = Pairs.approvedPair(Tokens.forSchool(t.school()), t.school());
            return as(tok).body(Map.of("version", Pairs.version(Tokens.forSchool(t.school()), t.school(), id)))
                    .post(mentorship(t, id) + "/activate");
        });
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/complete", (tok, role, own, t) -> {
            UUID id = activePair(t);
            return as(tok).body(Map.of("version", Pairs.version(Tokens.forSchool(t.school()), t.school(), id),
                    "outcome", "EFFECTIVE", "finalMeetingHeld", true)).post(mentorship(t, id) + "/complete");
        });
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/terminate", (tok, role, own, t) -> {
            UUID id = Pairs.proposedPair(Tokens.forSchool(t.school()), t.school());
            return as(tok).body(Map.of("version", Pairs.version(Tokens.forSchool(t.school()), t.school(), id),
                    "reason", "MUTUAL_DECISION")).post(mentorship(t, id) + "/terminate");
        });
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/reschedule", (tok, role, own, t) -> {
            UUID id = activePair(t);
            return as(tok).body(Map.of("version", Pairs.version(Tokens.forSchool(t.school()), t.school(), id),
                    "plannedEnd", java.time.LocalDate.now().plusMonths(8).toString(), "reason", "По согласию"))
                    .post(mentorship(t, id) + "/reschedule");
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/completion",
                (tok, role, own, t) -> as(tok).get(mentorship(t, activePair(t)) + "/completion"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/impact",
                (tok, role, own, t) -> as(tok).get(mentorship(t, activePair(t)) + "/impact"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/report/docx",
                (tok, role, own, t) -> as(tok).get(mentorship(t, completedPair(t)) + "/report/docx"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/report/pdf",
                (tok, role, own, t) -> as(tok).get(mentorship(t, completedPair(t)) + "/report/pdf"));
        CALLS.put("GET /api/schools/{id}/impact",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/impact"));
        CALLS.put("GET /api/schools/{id}/orders", (tok, role, own, t) -> as(tok).get(Pairs.orders(t.school())));
        CALLS.put("POST /api/schools/{id}/orders", (tok, role, own, t) -> as(tok)
                .body(Pairs.orderBody(Pairs.orderNumber(),
                        List.of(Pairs.proposedPair(Tokens.forSchool(t.school()), t.school()))))
                .post(Pairs.orders(t.school())));
        CALLS.put("GET /api/schools/{id}/orders/{oid}", (tok, role, own, t) -> as(tok).get(freshOrder(t)));
        CALLS.put("GET /api/schools/{id}/orders/{oid}/docx",
                (tok, role, own, t) -> as(tok).get(freshOrder(t) + "/docx"));
        CALLS.put("GET /api/schools/{id}/orders/{oid}/pdf",
                (tok, role, own, t) -> as(tok).get(freshOrder(t) + "/pdf"));
    }

    /**
     * Match runs in the target's school (employers and students, a form no other test uses there) or in its
     * municipality (heads and young specialists: adults only), each with its own fresh people.
     */
    static {
        CALLS.put("GET /api/schools/{id}/match-runs", (tok, role, own, t) -> as(tok).get(schoolRuns(t)));
        CALLS.put("POST /api/schools/{id}/match-runs", (tok, role, own, t) -> as(tok)
                .body(Matching.runBody("EMPLOYER_STUDENT")).post(schoolRuns(t)));
        CALLS.put("GET /api/schools/{id}/match-runs/{rid}",
                (tok, role, own, t) -> as(tok).get(schoolRun(t, 1).path()));
        CALLS.put("POST /api/schools/{id}/match-runs/{rid}/accept", (tok, role, own, t) -> {
            PreparedRun run = schoolRun(t, 1);
            return as(tok).body(Matching.acceptBody(run.proposals())).post(run.path() + "/accept");
        });
        CALLS.put("POST /api/schools/{id}/match-runs/{rid}/reject", (tok, role, own, t) -> {
            PreparedRun run = schoolRun(t, 1);
            return as(tok).body(Map.of("proposalIds", run.proposals())).post(run.path() + "/reject");
        });
        CALLS.put("POST /api/schools/{id}/match-runs/{rid}/swap", (tok, role, own, t) -> {
            PreparedRun run = schoolRun(t, 2);
            return as(tok).body(Map.of("first", run.proposals().get(0), "second", run.proposals().get(1)))
                    .post(run.path() + "/swap");
        });
        CALLS.put("GET /api/schools/{id}/match-exclusions",
                (tok, role, own, t) -> as(tok).get(schoolExclusions(t)));
        CALLS.put("POST /api/schools/{id}/match-exclusions", (tok, role, own, t) -> {
            Matching.School s = new Matching.School(t.school(), Tokens.forSchool(t.school()));
            return as(tok).body(Map.of("mentorId", Matching.employer(s, "Наставник"), "menteeId",
                    Matching.student(s, "Студент"))).post(schoolExclusions(t));
        });
        CALLS.put("GET /api/schools/{id}/match-exclusions/{eid}",
                (tok, role, own, t) -> as(tok).get(schoolExclusion(t)));
        CALLS.put("DELETE /api/schools/{id}/match-exclusions/{eid}",
                (tok, role, own, t) -> as(tok).delete(schoolExclusion(t)));
        CALLS.put("GET /api/municipalities/{id}/match-runs", (tok, role, own, t) -> as(tok).get(municipalRuns(t)));
        CALLS.put("POST /api/municipalities/{id}/match-runs", (tok, role, own, t) -> as(tok)
                .body(Matching.runBody("HEAD_TEACHER")).post(municipalRuns(t)));
        CALLS.put("GET /api/municipalities/{id}/match-runs/{rid}",
                (tok, role, own, t) -> as(tok).get(municipalRun(t, 1).path()));
        CALLS.put("POST /api/municipalities/{id}/match-runs/{rid}/accept", (tok, role, own, t) -> {
            PreparedRun run = municipalRun(t, 1);
            return as(tok).body(Matching.acceptBody(run.proposals())).post(run.path() + "/accept");
        });
        CALLS.put("POST /api/municipalities/{id}/match-runs/{rid}/reject", (tok, role, own, t) -> {
            PreparedRun run = municipalRun(t, 1);
            return as(tok).body(Map.of("proposalIds", run.proposals())).post(run.path() + "/reject");
        });
        CALLS.put("POST /api/municipalities/{id}/match-runs/{rid}/swap", (tok, role, own, t) -> {
            PreparedRun run = municipalRun(t, 2);
            return as(tok).body(Map.of("first", run.proposals().get(0), "second", run.proposals().get(1)))
                    .post(run.path() + "/swap");
        });
        CALLS.put("GET /api/municipalities/{id}/match-exclusions",
                (tok, role, own, t) -> as(tok).get(municipalExclusions(t)));
        CALLS.put("POST /api/municipalities/{id}/match-exclusions", (tok, role, own, t) -> {
            Matching.School s = municipalSchool(t);
            return as(tok).body(Map.of("mentorId", Matching.head(s, "Директор"), "menteeId",
                    Matching.youngSpecialist(s, "Молодой педагог", 0, "Среда после 15:00", "documentation")))
                    .post(municipalExclusions(t));
        });
        CALLS.put("GET /api/municipalities/{id}/match-exclusions/{eid}",
                (tok, role, own, t) -> as(tok).get(municipalExclusion(t)));
        CALLS.put("DELETE /api/municipalities/{id}/match-exclusions/{eid}",
                (tok, role, own, t) -> as(tok).delete(municipalExclusion(t)));
    }

    /** A run's address and the proposals of the people prepared for it. */
    record PreparedRun(String path, List<String> proposals) {
    }

    private static String schoolRuns(Target t) {
        return "/api/schools/" + t.school() + "/match-runs";
    }

    private static String schoolExclusions(Target t) {
        return "/api/schools/" + t.school() + "/match-exclusions";
    }

    private static String schoolExclusion(Target t) {
        Matching.School s = new Matching.School(t.school(), Tokens.forSchool(t.school()));
        String id = as(s.token()).body(Map.of("mentorId", Matching.employer(s, "Наставник"), "menteeId",
                Matching.student(s, "Студент"))).post(schoolExclusions(t)).then().statusCode(201).extract()
                .path("id");
        return schoolExclusions(t) + "/" + id;
    }

    private static String municipalExclusion(Target t) {
        Matching.School s = municipalSchool(t);
        String id = as(municipalCoordinator(t)).body(Map.of("mentorId", Matching.head(s, "Директор"),
                "menteeId", Matching.youngSpecialist(s, "Молодой педагог", 0, "Среда после 15:00",
                        "documentation"))).post(municipalExclusions(t)).then().statusCode(201).extract()
                .path("id");
        return municipalExclusions(t) + "/" + id;
    }

    private static PreparedRun schoolRun(Target t, int pairs) {
        Matching.School s = new Matching.School(t.school(), Tokens.forSchool(t.school()));
        List<UUID> mentees = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            Matching.employer(s, "Наставник");
            mentees.add(Matching.student(s, "Студент"));
        }
        return prepared(s.token(), schoolRuns(t), "EMPLOYER_STUDENT", mentees);
    }

    private static String municipalRuns(Target t) {
        return "/api/municipalities/" + t.municipality() + "/match-runs";
    }

    private static String municipalExclusions(Target t) {
        return "/api/municipalities/" + t.municipality() + "/match-exclusions";
    }

    /** A school of the target's municipality, where the municipal run finds its people. */
    private static Matching.School municipalSchool(Target t) {
        UUID school = t.municipality().equals(Demo.MUNI_A) ? Demo.SCHOOL_A1
                : t.municipality().equals(Demo.MUNI_B) ? Demo.SCHOOL_B1 : Demo.OTHER_SCHOOL;
        return new Matching.School(school, Tokens.forSchool(school));
    }

    private static String municipalCoordinator(Target t) {
        return Tokens.token("muni-" + t.municipality(), "municipal", Map.of("region_id",
                t.otherRegion() ? Demo.OTHER_REGION : Demo.REGION, "municipality_id", t.municipality()));
    }

    private static PreparedRun municipalRun(Target t, int pairs) {
        Matching.School s = municipalSchool(t);
        List<UUID> mentees = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            Matching.head(s, "Директор");
            mentees.add(Matching.youngSpecialist(s, "Молодой педагог", 0, "Среда после 15:00", "documentation"));
        }
        return prepared(municipalCoordinator(t), municipalRuns(t), "HEAD_TEACHER", mentees);
    }

    private static PreparedRun prepared(String token, String runs, String form, List<UUID> mentees) {
        io.restassured.path.json.JsonPath run = as(token).body(Matching.runBody(form)).post(runs).then()
                .statusCode(201).extract().jsonPath();
        List<String> proposals = mentees.stream()
                .map(m -> run.getString("proposals.find { it.mentee.id == '" + m + "' }.id")).toList();
        return new PreparedRun(runs + "/" + run.getString("run.id"), proposals);
    }

    private static String mentorship(Target t, UUID id) {
        return Pairs.mentorships(t.school()) + "/" + id;
    }

    private static UUID activePair(Target t) {
        String admin = Tokens.forSchool(t.school());
        UUID id = Pairs.approvedPair(admin, t.school());
        as(admin).body(Map.of("version", Pairs.version(admin, t.school(), id)))
                .post(mentorship(t, id) + "/activate").then().statusCode(200);
        return id;
    }

    private static UUID completedPair(Target t) {
        String admin = Tokens.forSchool(t.school());
        UUID id = activePair(t);
        as(admin).body(Map.of("version", Pairs.version(admin, t.school(), id), "outcome", "EFFECTIVE",
                "finalMeetingHeld", true)).post(mentorship(t, id) + "/complete").then().statusCode(200);
        return id;
    }

    private static String freshOrder(Target t) {
        String admin = Tokens.forSchool(t.school());
        return Pairs.orders(t.school()) + "/"
                + Pairs.issueOrder(admin, t.school(), List.of(Pairs.proposedPair(admin, t.school())));
    }

    private static final String IMPORTS = "/api/imports";

    static {
        CALLS.put("GET /api/schools/export", (tok, role, own, t) -> as(tok).get("/api/schools/export"));
        CALLS.put("GET /api/schools/{id}/participants/export",
                (tok, role, own, t) -> as(tok).get(PARTICIPANTS.formatted(t.school()) + "/export"));
        CALLS.put("POST /api/imports/participants", (tok, role, own, t) -> upload(tok, "participants",
                "ФИО;Категория\nЗагруженный Педагог;Педагог\n"));
        CALLS.put("POST /api/imports/schools", (tok, role, own, t) -> upload(tok, "schools",
                "ИНН;Краткое наименование\n6952601817;\n"));
        CALLS.put("POST /api/imports/responses", (tok, role, own, t) -> upload(tok,
                "responses?questionnaireId=" + Api.MENTEE_REQUEST,
                "Внешний код участника;requests;mentorKind;availability\nнет-такого;;;\n"));
        CALLS.put("GET /api/imports", (tok, role, own, t) -> as(tok).get(IMPORTS));
        CALLS.put("GET /api/imports/{iid}", (tok, role, own, t) -> as(tok).get(freshJob(role, own)));
        CALLS.put("GET /api/imports/{iid}/rows", (tok, role, own, t) -> as(tok).get(freshJob(role, own) + "/rows"));
        CALLS.put("GET /api/imports/{iid}/report",
                (tok, role, own, t) -> as(tok).get(freshJob(role, own) + "/report"));
        CALLS.put("POST /api/imports/{iid}/cancel", (tok, role, own, t) -> {
            String job = freshJob(role, own);
            Imports.await(owner(role, own), job.substring(job.lastIndexOf('/') + 1));
            return as(tok).post(job + "/cancel");
        });
        CALLS.put("GET /api/imports/templates/{kind}",
                (tok, role, own, t) -> as(tok).get(IMPORTS + "/templates/participants"));
    }

    private static Response upload(String token, String path, String csv) {
        var spec = io.restassured.RestAssured.given().contentType("text/csv")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (token == null ? spec : spec.auth().oauth2(token)).post(IMPORTS + "/" + path);
    }

    /** Who owns the job a caller of the role reaches in its own scope, or the nearest foreign one. */
    private static String owner(String role, boolean own) {
        return switch (role) {
            case "regional" -> own ? Tokens.region() : Tokens.otherRegion();
            case "municipal" -> own ? Tokens.muni() : Tokens.muni2();
            case "school" -> own ? Tokens.school() : Tokens.forSchool(Demo.SCHOOL_A2);
            default -> Tokens.school();
        };
    }

    private static String freshJob(String role, boolean own) {
        String token = owner(role, own);
        boolean schools = role.equals("regional") || role.equals("municipal");
        Response r = schools ? upload(token, "schools", "ИНН;Краткое наименование\n6952601817;\n")
                : upload(token, "participants", "ФИО;Категория\nПроверка Доступа;Педагог\n");
        r.then().statusCode(202);
        return IMPORTS + "/" + r.jsonPath().getString("id");
    }

    /** A school's own draft questionnaire at the target: reachable by its region, municipality and school. */
    private static String freshTemplate(Target t) {
        return QUESTIONNAIRES + "/" + Api.createTemplate(Tokens.forSchool(t.school()));
    }

    private static String freshParticipant(Target t) {
        return PARTICIPANTS.formatted(t.school()) + "/" + Api.createParticipant(Tokens.forSchool(t.school()), t.school());
    }

    private static String freshYear(Target t) {
        String path = "/api/schools/" + t.school() + "/contingents/" + Api.uniqueYear();
        as(t.admin()).delete(path);
        return path;
    }

    private static String freshCurator(Target t) {
        return "/api/schools/" + t.school() + "/curators/" + Api.createCurator(t.admin(), t.school());
    }

    private static final Map<String, Supplier<String>> TOKENS = Map.of(
            "regional", Tokens::region,
            "municipal", Tokens::muni,
            "school", Tokens::school,
            "portal", Tokens::portal);

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] columns = line.split("\\|");
            String endpoint = columns[0].trim();
            for (int i = 0; i < ROLES.size(); i++) {
                String[] expected = columns[i + 1].trim().split("\\s+");
                cells.add(Arguments.of(endpoint, ROLES.get(i), "own", Integer.parseInt(expected[0])));
                if (expected.length > 1 && !expected[1].equals("-")) {
                    cells.add(Arguments.of(endpoint, ROLES.get(i), "foreign", Integer.parseInt(expected[1])));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} in {2} scope -> {3}")
    @MethodSource("cells")
    void eachCellGivesItsStatus(String endpoint, String role, String scope, int expected) {
        Call call = CALLS.get(endpoint);
        boolean own = scope.equals("own");
        String token = role.equals("anonymous") ? null : TOKENS.get(role).get();
        Target target = Target.of(role.equals("anonymous") ? "regional" : role, own);
        Response response = call.run(token, role, own, target);
        assertEquals(expected, response.statusCode(), () -> endpoint + " as " + role + " (" + scope + "): "
                + response.asString());
        if (expected >= 400) {
            assertEquals("application/problem+json", response.contentType().split(";")[0]);
        }
        if (expected == 201 && endpoint.startsWith("POST ") && !endpoint.startsWith("POST /api/fill/")) {
            theAddressInLocationGivesWhatWasCreated(endpoint, token, response);
        }
    }

    /** A client that created something can fetch it again from Location, exactly as the creation answered. */
    private static void theAddressInLocationGivesWhatWasCreated(String endpoint, String token, Response created) {
        String location = created.header("Location");
        org.assertj.core.api.Assertions.assertThat(location).as(endpoint + " Location").isNotBlank();
        Response again = as(token).get(java.net.URI.create(location).getPath());
        assertEquals(200, again.statusCode(), () -> endpoint + " Location " + location + ": " + again.asString());
        String id = created.jsonPath().get("run") != null ? "run.id" : "id";
        assertEquals(created.jsonPath().getString(id), again.jsonPath().getString(id), endpoint + " Location");
    }

    /**
     * Every POST the matrix expects to create is documented as it answers: 201 with Location (the public fill
     * submission without it: its respondent reads nothing back), never as 200.
     */
    @Test
    void theContractDocumentsEveryCreationAs201WithItsLocation() {
        Map<String, Object> paths = as(null).queryParam("format", "json").get("/q/openapi").jsonPath().getMap("paths");
        List<String> creating = MATRIX.strip().lines().skip(1).filter(line -> line.startsWith("POST ")
                && Stream.of(line.split("\\|")).skip(1).anyMatch(cell -> cell.trim().startsWith("201")))
                .map(line -> line.split("\\|")[0].trim().substring("POST ".length())).toList();
        List<String> wrong = new ArrayList<>();
        paths.forEach((path, item) -> {
            Map<?, ?> post = (Map<?, ?>) ((Map<?, ?>) item).get("post");
            if (post == null || !creating.contains(matrixName(path))) {
                return;
            }
            Map<?, ?> responses = (Map<?, ?>) post.get("responses");
            Map<?, ?> created = (Map<?, ?>) responses.get("201");
            Map<?, ?> headers = created == null ? null : (Map<?, ?>) created.get("headers");
            boolean location = headers != null && headers.containsKey("Location");
            if (created == null || responses.containsKey("200") || location == path.startsWith("/api/fill/")) {
                wrong.add("POST " + path);
            }
        });
        assertEquals(List.of(), wrong, "creations documented without 201, with a 200 beside it, or without Location");
        assertEquals(creating.size(), paths.keySet().stream().map(AuthorizationMatrixTest::matrixName)
                .filter(creating::contains).count(), "a creating row of the matrix names no documented path");
    }

    /** The documented path as the matrix writes it: each path parameter named for what it is. */
    private static String matrixName(String path) {
        return path.replace("{schoolId}", "{id}")
                .replace("{startYear}", "{year}").replaceAll("/curators/\\{id}", "/curators/{cid}")
                .replaceAll("/participants/\\{id}", "/participants/{pid}")
                .replaceAll("/mentorships/\\{id}", "/mentorships/{mid}").replace("{mentorshipId}", "{mid}")
                .replaceAll("/orders/\\{id}", "/orders/{oid}")
                .replaceAll("/questionnaires/\\{id}", "/questionnaires/{qid}")
                .replace("{participantId}", "{pid}").replace("{templateId}", "{qid}")
                .replace("{linkId}", "{lid}").replace("{municipalityId}", "{id}")
                .replaceAll("/imports/\\{id}", "/imports/{iid}")
                .replaceAll("/match-runs/\\{id}", "/match-runs/{rid}")
                .replaceAll("/match-exclusions/\\{id}", "/match-exclusions/{eid}");
    }

    @Test
    void theMatrixCoversEveryEndpointOfTheApi() {
        Map<String, Object> spec = new HashMap<>(as(null).queryParam("format", "json").get("/q/openapi").jsonPath()
                .getMap("paths"));
        List<String> documented = new ArrayList<>();
        spec.forEach((path, item) -> ((Map<?, ?>) item).keySet().forEach(method -> {
            if (path.startsWith("/api/")) {
                documented.add(method.toString().toUpperCase() + " " + matrixName(path));
            }
        }));
        List<String> rows = MATRIX.strip().lines().skip(1).map(line -> line.split("\\|")[0].trim()).toList();
        List<String> missing = documented.stream().filter(e -> !rows.contains(e) || !CALLS.containsKey(e)).sorted()
                .toList();
        assertEquals(List.of(), missing, "endpoints without a row in the authorisation matrix");
    }
}
