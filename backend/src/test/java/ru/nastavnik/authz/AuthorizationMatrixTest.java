package ru.nastavnik.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
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
import ru.nastavnik.support.Diaries;
import ru.nastavnik.support.Events;
import ru.nastavnik.support.Imports;
import ru.nastavnik.support.Matching;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Programmes;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Registry;
import ru.nastavnik.support.Roadmaps;
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

    static final String MATRIX = """
            endpoint                                        | regional | municipal | school  | portal  | anonymous
            GET /api/me                                     | 200 -    | 200 -     | 200 -   | 200 -   | 401
            GET /api/regions                                | 200 -    | 200 -     | 200 -   | 403 -   | 401
            GET /api/regions/{id}                           | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/regions/{id}                           | 200 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/municipalities                         | 200 -    | 200 -     | 200 -   | 403 -   | 401
            POST /api/municipalities                        | 201 -    | 403 -     | 403 -   | 403 -   | 401
            GET /api/municipalities/{id}                    | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/municipalities/{id}                    | 200 404  | 403 403   | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}                 | 204 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/schools                                | 200 -    | 200 -     | 200 -   | 403 -   | 401
            POST /api/schools                               | 201 404  | 201 404   | 403 403 | 403 403 | 401
            GET /api/schools/{id}                           | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}                           | 200 404  | 200 404   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}                        | 204 404  | 204 404   | 403 403 | 403 403 | 401
            POST /api/schools/{id}/archive                  | 200 404  | 200 404   | 403 403 | 403 403 | 401
            POST /api/schools/{id}/restore                  | 200 404  | 200 404   | 403 403 | 403 403 | 401
            GET /api/schools/{id}/contingents               | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/contingents/{year}        | 201 404  | 201 404   | 201 404 | 403 403 | 401
            DELETE /api/schools/{id}/contingents/{year}     | 204 404  | 204 404   | 204 404 | 403 403 | 401
            GET /api/schools/{id}/curators                  | 200 404  | 200 404   | 200 404 | 403 403 | 401
            POST /api/schools/{id}/curators                 | 201 404  | 201 404   | 201 404 | 403 403 | 401
            GET /api/schools/{id}/curators/{cid}            | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/curators/{cid}            | 200 404  | 200 404   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/curators/{cid}         | 204 404  | 204 404   | 204 404 | 403 403 | 401
            GET /api/competencies                           | 200 -    | 200 -     | 200 -   | 403 -   | 401
            GET /api/schools/{id}/participants              | 403 403  | 403 403   | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants             | 403 403  | 403 403   | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}        | 403 403  | 403 403   | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/participants/{pid}        | 403 403  | 403 403   | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/participants/{pid}     | 403 403  | 403 403   | 204 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/consents           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/consents          | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/participants/{pid}/consents/{consentId} | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/participants/{pid}/consents/withdraw | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/questionnaires                         | 200 -    | 200 -     | 200 -   | 403 -   | 401
            POST /api/questionnaires                        | 201 -    | 403 -     | 201 -   | 403 -   | 401
            GET /api/questionnaires/{qid}                   | 200 404  | 200 404   | 200 404 | 403 403 | 401
            GET /api/questionnaires/{qid}/versions          | 200 404  | 200 404   | 200 404 | 403 403 | 401
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
            GET /api/fill/{token}                           | 200 -    | 200 -     | 200 -   | 403 -   | 200
            POST /api/fill/{token}                          | 201 -    | 201 -     | 201 -   | 403 -   | 201
            GET /api/schools/{id}/mentorships                   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/export            | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships                  | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/events      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/activate   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/complete   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/terminate  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/reschedule | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/feedback-schedule | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/mentorships/{mid}/feedback-schedule | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/feedback    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/feedback/sheet | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/feedback                      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/feedback/sheet               | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/completion  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/impact      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/report/docx | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/report/pdf  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/impact                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/worklist                      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/timeline    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/orders                       | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}                  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}/docx             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/orders/{oid}/pdf              | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/meetings                  | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/meetings                 | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/meetings/activities       | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/meetings/export           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/meetings/{meid}           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/mentorships/{mid}/meetings/{meid}           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/mentorships/{mid}/meetings/{meid}        | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/diary-links               | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/diary-links              | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/diary-links/{lid}         | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/diary-links/{lid}/revoke | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/diary/{token}                          | 200 -    | 200 -     | 200 -   | 403 -   | 200
            POST /api/diary/{token}/meetings                | 201 -    | 201 -     | 201 -   | 403 -   | 201
            GET /api/diary/{token}/meetings/{meid}          | 200 -    | 200 -     | 200 -   | 403 -   | 200
            PUT /api/diary/{token}/meetings/{meid}          | 200 -    | 200 -     | 200 -   | 403 -   | 200
            PUT /api/diary/{token}/activities/{aid}         | 200 -    | 200 -     | 200 -   | 403 -   | 200
            GET /api/programme-templates                                  | 200 -   | 200 -   | 200 -   | 403 -   | 401
            GET /api/schools/{id}/mentorships/{mid}/programme             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/programme            | 403 403 | 403 403 | 201 404 | 403 403 | 401
            PUT /api/schools/{id}/mentorships/{mid}/programme             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/programme/agree      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/programme/revisions   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentorships/{mid}/programme/activities | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/programme/activities/{aid}    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/mentorships/{mid}/programme/activities/{aid}    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/mentorships/{mid}/programme/activities/{aid} | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/programme/docx        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentorships/{mid}/programme/pdf         | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/export                         | 200 -    | 200 -     | 200 -   | 403 -   | 401
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
            POST /api/schools/{id}/match-runs/{rid}/method      | 403 403 | 403 403 | 200 404 | 403 403 | 401
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
            POST /api/municipalities/{id}/match-runs/{rid}/method | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/match-exclusions         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/match-exclusions        | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/match-exclusions/{eid}   | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/match-exclusions/{eid} | 403 403 | 204 404 | 403 403 | 403 403 | 401
            GET /api/schools/{id}/rewards                       | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/rewards                      | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/rewards/{rwid}                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/rewards/{rwid}                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/rewards/{rwid}             | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/best-practices               | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices/{bpid}         | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/best-practices/{bpid}         | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/best-practices/{bpid}      | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices/{bpid}/published | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices/{bpid}/history | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/best-practices/{bpid}/consents/{pid} | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/best-practices/{bpid}/consents/{pid}/withdraw | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/best-practices/{bpid}/attachments | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices/{bpid}/attachments/{aid} | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/best-practices/{bpid}/attachments/{aid}/content | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/best-practices/{bpid}/attachments/{aid} | 403 403 | 403 403 | 204 404 | 403 403 | 401
            POST /api/schools/{id}/best-practices/{bpid}/submit | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/best-practices           | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/best-practices/{bpid}    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/best-practices/{bpid}/attachments/{aid}/content | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/best-practices/{bpid}/accept    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/best-practices/{bpid}/return    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/best-practices/{bpid}/recommend | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/best-practices                  | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/best-practices/{bpid}           | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/best-practices/{bpid}/attachments/{aid}/content | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/indicators                             | 200 -    | 200 -     | 200 -   | 403 -   | 401
            GET /api/regions/{id}/targets                   | 200 404  | 200 404   | 200 404 | 403 403 | 401
            PUT /api/regions/{id}/targets                   | 201 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/regions/{id}/figures                   | 200 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/figures            | 200 404  | 200 404   | 403 403 | 403 403 | 401
            GET /api/schools/{id}/figures                   | 200 404  | 200 404   | 200 404 | 403 403 | 401
            GET /api/regions/{id}/campaigns                 | 200 404  | 200 404   | 200 404 | 403 403 | 401
            POST /api/regions/{id}/campaigns                | 201 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/regions/{id}/campaigns/{cid}           | 200 404  | 200 404   | 200 404 | 403 403 | 401
            GET /api/regions/{id}/campaigns/{cid}/summary   | 200 404  | 403 403   | 403 403 | 403 403 | 401
            POST /api/regions/{id}/campaigns/{cid}/reports/{rid}/accept | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/campaigns/{cid}/reports/{rid}/return | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/schools/{id}/campaigns/{cid}/report           | 200 404 | 200 404 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/campaigns/{cid}/report          | 403 403 | 403 403 | 201 404 | 403 403 | 401
            PUT /api/schools/{id}/campaigns/{cid}/report           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/campaigns/{cid}/report/submit   | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/campaigns/{cid}/report/xlsx      | 200 404 | 200 404 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/campaigns/{cid}/report/docx      | 200 404 | 200 404 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/campaigns/{cid}/report/versions/{number} | 200 404 | 200 404 | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/campaigns/{cid}/reports   | 200 404 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/campaigns/{cid}/reports/{rid}/accept | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/campaigns/{cid}/reports/{rid}/return | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/campaigns/{cid}/report    | 200 404 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/campaigns/{cid}/report   | 403 403 | 201 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/campaigns/{cid}/report    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/campaigns/{cid}/report/submit | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/campaigns/{cid}/report/xlsx | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/campaigns/{cid}/report/docx | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/campaigns/{cid}/report/versions/{number} | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/schools/{id}/audit                     | 403 403  | 403 403   | 200 404 | 403 403 | 401
            GET /api/schools/{id}/audit/export              | 403 403  | 403 403   | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/audit              | 200 404  | 200 404   | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/audit/export       | 200 404  | 200 404   | 403 403 | 403 403 | 401
            GET /api/regions/{id}/audit                     | 200 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/regions/{id}/audit/export              | 200 404  | 403 403   | 403 403 | 403 403 | 401
            GET /api/schools/{id}/mentor-nominations                      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentor-nominations                     | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/mentor-nominations/{nid}                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/mentor-nominations/{nid}                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/mentor-nominations/{nid}/history        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/mentor-nominations/{nid}/consent        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentor-nominations/{nid}/consent/withdraw | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentor-nominations/{nid}/submit        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/mentor-nominations/{nid}/withdraw      | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/mentor-nominations               | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/mentor-nominations/{nid}         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/mentor-nominations/{nid}/include   | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/mentor-nominations/{nid}/return    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/mentor-nominations/{nid}/recommend | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/mentor-registry                  | 200 404 | 200 404 | 200 404 | 403 403 | 401
            GET /api/regions/{id}/mentor-registry                         | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/mentor-registry/published               | 200 404 | 200 404 | 200 404 | 403 403 | 401
            GET /api/regions/{id}/mentor-registry/{nid}                   | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/mentor-registry/{nid}/include          | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/mentor-registry/{nid}/decline          | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/portal/v1/region/indicators            | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/municipalities               | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/municipalities/{id}/indicators | 403 403 | 403 403 | 403 403 | 200 404 | 401
            GET /api/portal/v1/schools                      | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/schools/{id}/indicators      | 403 403 | 403 403 | 403 403 | 200 404 | 401
            GET /api/portal/v1/best-practices               | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/best-practices/{bpid}        | 403 403 | 403 403 | 403 403 | 200 404 | 401
            GET /api/portal/v1/best-practices/{bpid}/materials/{aid} | 403 403 | 403 403 | 403 403 | 200 404 | 401
            GET /api/portal/v1/registry                     | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/opendata/indicators.csv      | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/opendata/structure.csv       | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/opendata/passport            | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/portal/v1/opendata/passport.csv        | 403 -   | 403 -   | 403 -   | 200 -   | 401
            GET /api/schools/{id}/roadmaps                                        | 403 403 | 200 404 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/roadmaps                                       | 403 403 | 403 403 | 201 404 | 403 403 | 401
            POST /api/schools/{id}/roadmaps/from-template                         | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/progress                               | 403 403 | 200 404 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}                            | 403 403 | 200 404 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/roadmaps/{roadmapId}                            | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/roadmaps/{roadmapId}                         | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}/items                      | 403 403 | 200 404 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/roadmaps/{roadmapId}/items                     | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}             | 403 403 | 200 404 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}             | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}          | 403 403 | 403 403 | 204 404 | 403 403 | 401
            PUT /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence    | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence    | 403 403 | 200 404 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence | 403 403 | 403 403 | 204 404 | 403 403 | 401
            POST /api/schools/{id}/roadmaps/{roadmapId}/import                    | 403 403 | 403 403 | 202 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}/xlsx                       | 403 403 | 200 404 | 200 404 | 403 403 | 401
            GET /api/schools/{id}/roadmaps/{roadmapId}/docx                       | 403 403 | 200 404 | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps                                 | 200 404 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/roadmaps                                | 403 403 | 201 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/roadmaps/from-template                  | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/progress                        | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}                     | 200 404 | 200 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/roadmaps/{roadmapId}                     | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/roadmaps/{roadmapId}                  | 403 403 | 204 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}/items               | 200 404 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/roadmaps/{roadmapId}/items              | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}      | 200 404 | 200 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}      | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}   | 403 403 | 204 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence| 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence| 200 404 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence| 403 403 | 204 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/roadmaps/{roadmapId}/import             | 403 403 | 202 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}/xlsx                | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/roadmaps/{roadmapId}/docx                | 200 404 | 200 404 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps                                        | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/roadmaps                                       | 201 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/roadmaps/from-template                         | 201 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/progress                               | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}                            | 200 404 | 403 403 | 403 403 | 403 403 | 401
            PUT /api/regions/{id}/roadmaps/{roadmapId}                            | 200 404 | 403 403 | 403 403 | 403 403 | 401
            DELETE /api/regions/{id}/roadmaps/{roadmapId}                         | 204 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}/items                      | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/roadmaps/{roadmapId}/items                     | 201 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}             | 200 404 | 403 403 | 403 403 | 403 403 | 401
            PUT /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}             | 200 404 | 403 403 | 403 403 | 403 403 | 401
            DELETE /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}          | 204 404 | 403 403 | 403 403 | 403 403 | 401
            PUT /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence    | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence    | 200 404 | 403 403 | 403 403 | 403 403 | 401
            DELETE /api/regions/{id}/roadmaps/{roadmapId}/items/{itemId}/evidence | 204 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/roadmaps/{roadmapId}/import                    | 202 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}/xlsx                       | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/roadmaps/{roadmapId}/docx                       | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/roadmap-templates/{level}                                    | 200 -   | 200 -   | 200 -   | 403 -   | 401
            GET /api/schools/{id}/events                                          | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/events                                         | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/events/{eventId}                                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            PUT /api/schools/{id}/events/{eventId}                                | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/events/{eventId}/cancel                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/events/{eventId}                             | 403 403 | 403 403 | 204 404 | 403 403 | 401
            GET /api/schools/{id}/events/{eventId}/entrants                       | 403 403 | 403 403 | 200 404 | 403 403 | 401
            POST /api/schools/{id}/events/{eventId}/entrants                      | 403 403 | 403 403 | 201 404 | 403 403 | 401
            GET /api/schools/{id}/events/{eventId}/entrants/{entrantId}           | 403 403 | 403 403 | 200 404 | 403 403 | 401
            DELETE /api/schools/{id}/events/{eventId}/entrants/{entrantId}        | 403 403 | 403 403 | 204 404 | 403 403 | 401
            PUT /api/schools/{id}/events/{eventId}/results                        | 403 403 | 403 403 | 200 404 | 403 403 | 401
            GET /api/municipalities/{id}/events                                   | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/events                                  | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/events/{eventId}                         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/events/{eventId}                         | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/events/{eventId}/cancel                 | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/events/{eventId}                      | 403 403 | 204 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/events/{eventId}/entrants                | 403 403 | 200 404 | 403 403 | 403 403 | 401
            POST /api/municipalities/{id}/events/{eventId}/entrants               | 403 403 | 201 404 | 403 403 | 403 403 | 401
            GET /api/municipalities/{id}/events/{eventId}/entrants/{entrantId}    | 403 403 | 200 404 | 403 403 | 403 403 | 401
            DELETE /api/municipalities/{id}/events/{eventId}/entrants/{entrantId} | 403 403 | 204 404 | 403 403 | 403 403 | 401
            PUT /api/municipalities/{id}/events/{eventId}/results                 | 403 403 | 200 404 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/events                                          | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/events                                         | 201 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/events/{eventId}                                | 200 404 | 403 403 | 403 403 | 403 403 | 401
            PUT /api/regions/{id}/events/{eventId}                                | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/events/{eventId}/cancel                        | 200 404 | 403 403 | 403 403 | 403 403 | 401
            DELETE /api/regions/{id}/events/{eventId}                             | 204 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/events/{eventId}/entrants                       | 200 404 | 403 403 | 403 403 | 403 403 | 401
            POST /api/regions/{id}/events/{eventId}/entrants                      | 201 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/regions/{id}/events/{eventId}/entrants/{entrantId}           | 200 404 | 403 403 | 403 403 | 403 403 | 401
            DELETE /api/regions/{id}/events/{eventId}/entrants/{entrantId}        | 204 404 | 403 403 | 403 403 | 403 403 | 401
            PUT /api/regions/{id}/events/{eventId}/results                        | 200 404 | 403 403 | 403 403 | 403 403 | 401
            GET /api/portal/v1/events                                             | 403 -   | 403 -   | 403 -   | 200 -   | 401
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

    static final Map<String, Call> CALLS = new LinkedHashMap<>();

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
            return as(tok).body(Pairs.rescheduleBody(Tokens.forSchool(t.school()), t.school(), id,
                    java.time.LocalDate.now().plusMonths(8), "По согласию")).post(mentorship(t, id) + "/reschedule");
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/feedback-schedule", (tok, role, own, t) -> as(tok)
                .get(mentorship(t, Pairs.proposedPair(Tokens.forSchool(t.school()), t.school())) + "/feedback-schedule"));
        CALLS.put("PUT /api/schools/{id}/mentorships/{mid}/feedback-schedule", (tok, role, own, t) -> {
            String path = mentorship(t, Pairs.proposedPair(Tokens.forSchool(t.school()), t.school()))
                    + "/feedback-schedule";
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), path, "FeedbackScheduleInput")).put(path);
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/feedback", (tok, role, own, t) -> as(tok)
                .get(mentorship(t, activePair(t)) + "/feedback"));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/feedback/sheet", (tok, role, own, t) -> as(tok)
                .post(mentorship(t, completedPair(t)) + "/feedback/sheet"));
        CALLS.put("GET /api/schools/{id}/feedback", (tok, role, own, t) -> as(tok)
                .get("/api/schools/" + t.school() + "/feedback?status=PENDING&status=TO_PRINT"));
        CALLS.put("POST /api/schools/{id}/feedback/sheet", (tok, role, own, t) -> {
            completedPair(t);
            return as(tok).post("/api/schools/" + t.school() + "/feedback/sheet");
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
        CALLS.put("GET /api/schools/{id}/worklist",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/worklist"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/timeline",
                (tok, role, own, t) -> as(tok).get(mentorship(t, activePair(t)) + "/timeline"));
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
        CALLS.put("POST /api/schools/{id}/match-runs/{rid}/method", (tok, role, own, t) -> as(tok)
                .body(Map.of("method", "STABLE")).post(schoolRun(t, 1).path() + "/method"));
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
        CALLS.put("POST /api/municipalities/{id}/match-runs/{rid}/method", (tok, role, own, t) -> as(tok)
                .body(Map.of("method", "STABLE")).post(municipalRun(t, 1).path() + "/method"));
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

    /**
     * Rewards and best practices in the target's school; the municipal and regional ones read a practice of that
     * school as its own municipality's coordinator has taken it through the review. What a GET only reads is
     * prepared once per school and stage; what a call changes is prepared fresh.
     */
    static {
        CALLS.put("GET /api/schools/{id}/rewards", (tok, role, own, t) -> as(tok).get(Recognition.rewards(t.school())));
        CALLS.put("POST /api/schools/{id}/rewards", (tok, role, own, t) -> as(tok).body(rewardBody(t))
                .post(Recognition.rewards(t.school())));
        CALLS.put("GET /api/schools/{id}/rewards/{rwid}", (tok, role, own, t) -> as(tok).get(freshReward(t)));
        CALLS.put("PUT /api/schools/{id}/rewards/{rwid}", (tok, role, own, t) -> {
            String path = freshReward(t);
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), path, "RewardInput")).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/rewards/{rwid}", (tok, role, own, t) -> as(tok).delete(freshReward(t)));
        CALLS.put("GET /api/schools/{id}/best-practices",
                (tok, role, own, t) -> as(tok).get(Recognition.practices(t.school())));
        CALLS.put("POST /api/schools/{id}/best-practices", (tok, role, own, t) -> as(tok)
                .body(Recognition.proposal(Recognition.completedPair(Tokens.forSchool(t.school()), t.school()),
                        "Новая практика")).post(Recognition.practices(t.school())));
        CALLS.put("GET /api/schools/{id}/best-practices/{bpid}",
                (tok, role, own, t) -> as(tok).get(shared(t.school(), "draft")));
        CALLS.put("PUT /api/schools/{id}/best-practices/{bpid}", (tok, role, own, t) -> {
            String path = freshDraft(t);
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), path, "BestPracticeInput")).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/best-practices/{bpid}", (tok, role, own, t) -> as(tok).delete(freshDraft(t)));
        CALLS.put("GET /api/schools/{id}/best-practices/{bpid}/published",
                (tok, role, own, t) -> as(tok).get(shared(t.school(), "draft") + "/published"));
        CALLS.put("GET /api/schools/{id}/best-practices/{bpid}/history",
                (tok, role, own, t) -> as(tok).get(shared(t.school(), "submitted") + "/history"));
        CALLS.put("PUT /api/schools/{id}/best-practices/{bpid}/consents/{pid}", (tok, role, own, t) -> {
            String path = freshDraft(t);
            io.restassured.path.json.JsonPath p = as(Tokens.forSchool(t.school())).get(path).then().extract().jsonPath();
            return as(tok).body(Recognition.consentBody("NAME", "SELF", p.getString("participants[0].fullName")))
                    .put(path + "/consents/" + p.getString("participants[0].participantId"));
        });
        CALLS.put("POST /api/schools/{id}/best-practices/{bpid}/consents/{pid}/withdraw", (tok, role, own, t) -> {
            String path = freshDraft(t);
            String admin = Tokens.forSchool(t.school());
            Recognition.consentAll(admin, t.school(), id(path), "NAME");
            String mentor = as(admin).get(path).then().extract().path("participants[0].participantId");
            return as(tok).body(Map.of("withdrawnOn", java.time.LocalDate.now().toString()))
                    .post(path + "/consents/" + mentor + "/withdraw");
        });
        CALLS.put("POST /api/schools/{id}/best-practices/{bpid}/attachments", (tok, role, own, t) -> {
            var spec = io.restassured.RestAssured.given().contentType("application/pdf")
                    .body(Recognition.pdf(200)).queryParam("fileName", "Программа.pdf");
            return (tok == null ? spec : spec.auth().oauth2(tok)).post(freshDraft(t) + "/attachments");
        });
        CALLS.put("GET /api/schools/{id}/best-practices/{bpid}/attachments/{aid}",
                (tok, role, own, t) -> as(tok).get(sharedAttachment(t.school(), "draft")));
        CALLS.put("GET /api/schools/{id}/best-practices/{bpid}/attachments/{aid}/content",
                (tok, role, own, t) -> as(tok).get(sharedAttachment(t.school(), "draft") + "/content"));
        CALLS.put("DELETE /api/schools/{id}/best-practices/{bpid}/attachments/{aid}",
                (tok, role, own, t) -> as(tok).delete(freshAttachment(t)));
        CALLS.put("POST /api/schools/{id}/best-practices/{bpid}/submit", (tok, role, own, t) -> {
            String path = freshDraft(t);
            String admin = Tokens.forSchool(t.school());
            Recognition.consentAll(admin, t.school(), id(path), "NAME");
            int version = as(admin).get(path).then().extract().path("version");
            return as(tok).body(Map.of("version", version)).post(path + "/submit");
        });
        CALLS.put("GET /api/municipalities/{id}/best-practices",
                (tok, role, own, t) -> as(tok).get(Recognition.municipal(t.municipality())));
        CALLS.put("GET /api/municipalities/{id}/best-practices/{bpid}",
                (tok, role, own, t) -> as(tok).get(municipalPractice(t, shared(schoolOf(t), "submitted"))));
        CALLS.put("GET /api/municipalities/{id}/best-practices/{bpid}/attachments/{aid}/content",
                (tok, role, own, t) -> as(tok).get(municipalPractice(t, shared(schoolOf(t), "submitted"))
                        + "/attachments/" + attachmentOf(shared(schoolOf(t), "submitted")) + "/content"));
        CALLS.put("POST /api/municipalities/{id}/best-practices/{bpid}/accept",
                (tok, role, own, t) -> review(tok, t, freshSubmitted(t), "accept", null));
        CALLS.put("POST /api/municipalities/{id}/best-practices/{bpid}/return",
                (tok, role, own, t) -> review(tok, t, freshSubmitted(t), "return", "Опишите результаты подробнее"));
        CALLS.put("POST /api/municipalities/{id}/best-practices/{bpid}/recommend", (tok, role, own, t) -> {
            String practice = freshSubmitted(t);
            UUID school = schoolOf(t);
            Recognition.review(coordinatorOf(school), municipalityOf(school), id(practice), "accept", null).then()
                    .statusCode(200);
            return review(tok, t, practice, "recommend", null);
        });
        CALLS.put("GET /api/regions/{id}/best-practices",
                (tok, role, own, t) -> as(tok).get(Recognition.regional(t.region())));
        CALLS.put("GET /api/regions/{id}/best-practices/{bpid}", (tok, role, own, t) -> as(tok)
                .get(Recognition.regional(t.region()) + "/" + id(shared(schoolOf(t), "accepted"))));
        CALLS.put("GET /api/regions/{id}/best-practices/{bpid}/attachments/{aid}/content", (tok, role, own, t) -> {
            String practice = shared(schoolOf(t), "accepted");
            return as(tok).get(Recognition.regional(t.region()) + "/" + id(practice) + "/attachments/"
                    + attachmentOf(practice) + "/content");
        });
    }

    private static final String PORTAL = "/api/portal/v1";

    /** The portal's API: the caller's region is the token's, so only the addresses that name something differ. */
    static {
        CALLS.put("GET /api/portal/v1/region/indicators",
                (tok, role, own, t) -> as(tok).get(PORTAL + "/region/indicators"));
        CALLS.put("GET /api/portal/v1/municipalities", (tok, role, own, t) -> as(tok).get(PORTAL + "/municipalities"));
        CALLS.put("GET /api/portal/v1/municipalities/{id}/indicators", (tok, role, own, t) -> as(tok)
                .get(PORTAL + "/municipalities/" + t.municipality() + "/indicators?half=2026-1"));
        CALLS.put("GET /api/portal/v1/schools", (tok, role, own, t) -> as(tok).get(PORTAL + "/schools"));
        CALLS.put("GET /api/portal/v1/schools/{id}/indicators",
                (tok, role, own, t) -> as(tok).get(PORTAL + "/schools/" + t.school() + "/indicators?year=2026"));
        CALLS.put("GET /api/portal/v1/best-practices", (tok, role, own, t) -> as(tok).get(PORTAL + "/best-practices"));
        CALLS.put("GET /api/portal/v1/best-practices/{bpid}", (tok, role, own, t) -> as(tok)
                .get(PORTAL + "/best-practices/" + id(shared(schoolOf(t), "accepted"))));
        CALLS.put("GET /api/portal/v1/best-practices/{bpid}/materials/{aid}", (tok, role, own, t) -> {
            String practice = shared(schoolOf(t), "accepted");
            return as(tok).get(PORTAL + "/best-practices/" + id(practice) + "/materials/" + attachmentOf(practice));
        });
        for (String file : List.of("indicators.csv", "structure.csv", "passport", "passport.csv")) {
            CALLS.put("GET /api/portal/v1/opendata/" + file,
                    (tok, role, own, t) -> as(tok).get(PORTAL + "/opendata/" + file));
        }
    }

    /** The mentor registry: a school's nominations, the municipality's review, the region's decisions. */
    static {
        CALLS.put("GET /api/schools/{id}/mentor-nominations",
                (tok, role, own, t) -> as(tok).get(Registry.nominations(t.school())));
        CALLS.put("POST /api/schools/{id}/mentor-nominations", (tok, role, own, t) -> as(tok)
                .body(Registry.proposal(Pairs.mentor(Tokens.forSchool(t.school()), t.school(), "Выдвигаемый Наставник",
                        1))).post(Registry.nominations(t.school())));
        CALLS.put("GET /api/schools/{id}/mentor-nominations/{nid}",
                (tok, role, own, t) -> as(tok).get(sharedNomination(t.school(), "draft")));
        CALLS.put("PUT /api/schools/{id}/mentor-nominations/{nid}", (tok, role, own, t) -> {
            String path = freshNomination(t);
            return as(tok).body(Map.of("version", Registry.version(Tokens.forSchool(t.school()), path),
                    "description", "Характеристика уточнена")).put(path);
        });
        CALLS.put("GET /api/schools/{id}/mentor-nominations/{nid}/history",
                (tok, role, own, t) -> as(tok).get(sharedNomination(t.school(), "submitted") + "/history"));
        CALLS.put("PUT /api/schools/{id}/mentor-nominations/{nid}/consent", (tok, role, own, t) -> {
            String path = freshNomination(t);
            String name = as(Tokens.forSchool(t.school())).get(path).then().extract().path("mentor.fullName");
            return as(tok).body(Registry.consent("NAME", name)).put(path + "/consent");
        });
        CALLS.put("POST /api/schools/{id}/mentor-nominations/{nid}/consent/withdraw", (tok, role, own, t) -> {
            String path = freshNomination(t);
            Registry.recordConsent(Tokens.forSchool(t.school()), t.school(), id(path), "NAME").then().statusCode(200);
            return as(tok).body(Map.of("withdrawnOn", LocalDate.now().toString())).post(path + "/consent/withdraw");
        });
        CALLS.put("POST /api/schools/{id}/mentor-nominations/{nid}/submit", (tok, role, own, t) -> {
            String path = freshNomination(t);
            String admin = Tokens.forSchool(t.school());
            Registry.recordConsent(admin, t.school(), id(path), "NAME").then().statusCode(200);
            return as(tok).body(Map.of("version", Registry.version(admin, path))).post(path + "/submit");
        });
        CALLS.put("POST /api/schools/{id}/mentor-nominations/{nid}/withdraw", (tok, role, own, t) -> {
            String path = freshNomination(t);
            return as(tok).body(Map.of("version", Registry.version(Tokens.forSchool(t.school()), path)))
                    .post(path + "/withdraw");
        });
        CALLS.put("GET /api/municipalities/{id}/mentor-nominations",
                (tok, role, own, t) -> as(tok).get(Registry.municipal(t.municipality())));
        CALLS.put("GET /api/municipalities/{id}/mentor-nominations/{nid}", (tok, role, own, t) -> as(tok)
                .get(Registry.municipal(t.municipality()) + "/" + id(sharedNomination(schoolOf(t), "submitted"))));
        CALLS.put("POST /api/municipalities/{id}/mentor-nominations/{nid}/include",
                (tok, role, own, t) -> decideNomination(tok, t, freshSubmittedNomination(t), "include", null));
        CALLS.put("POST /api/municipalities/{id}/mentor-nominations/{nid}/return", (tok, role, own, t) ->
                decideNomination(tok, t, freshSubmittedNomination(t), "return", "Опишите результаты подробнее"));
        CALLS.put("POST /api/municipalities/{id}/mentor-nominations/{nid}/recommend", (tok, role, own, t) -> {
            UUID nomination = freshSubmittedNomination(t);
            UUID school = schoolOf(t);
            Registry.step(coordinatorOf(school), Registry.municipal(municipalityOf(school)) + "/" + nomination,
                    "include", null).then().statusCode(200);
            return decideNomination(tok, t, nomination, "recommend", null);
        });
        CALLS.put("GET /api/municipalities/{id}/mentor-registry",
                (tok, role, own, t) -> as(tok).get("/api/municipalities/" + t.municipality() + "/mentor-registry"));
        CALLS.put("GET /api/regions/{id}/mentor-registry",
                (tok, role, own, t) -> as(tok).get(Registry.regional(t.region())));
        CALLS.put("GET /api/regions/{id}/mentor-registry/published",
                (tok, role, own, t) -> as(tok).get(Registry.regional(t.region()) + "/published"));
        CALLS.put("GET /api/regions/{id}/mentor-registry/{nid}", (tok, role, own, t) -> as(tok)
                .get(Registry.regional(t.region()) + "/" + id(sharedNomination(schoolOf(t), "recommended"))));
        CALLS.put("POST /api/regions/{id}/mentor-registry/{nid}/include",
                (tok, role, own, t) -> decideRegionally(tok, t, "include", null));
        CALLS.put("POST /api/regions/{id}/mentor-registry/{nid}/decline",
                (tok, role, own, t) -> decideRegionally(tok, t, "decline", "Мало сведений о результатах"));
        CALLS.put("GET /api/portal/v1/registry", (tok, role, own, t) -> as(tok).get("/api/portal/v1/registry"));
    }

    private static final Map<String, String> SHARED_NOMINATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A nomination of the school at a step of its way (draft, submitted, recommended), shared by reading calls. */
    private static String sharedNomination(UUID school, String stage) {
        return SHARED_NOMINATIONS.computeIfAbsent(school + "/" + stage, key -> {
            String admin = Tokens.forSchool(school);
            String name = "Наставник Реестра";
            UUID id = switch (stage) {
                case "draft" -> Registry.draft(admin, school, name);
                case "submitted" -> Registry.submitted(admin, school, name, "NAME");
                default -> Registry.recommended(admin, school, municipalityOf(school), coordinatorOf(school), name,
                        "NAME");
            };
            return Registry.nomination(school, id);
        });
    }

    private static String freshNomination(Target t) {
        return Registry.nomination(t.school(), Registry.draft(Tokens.forSchool(t.school()), t.school(),
                "Новый Наставник"));
    }

    private static UUID freshSubmittedNomination(Target t) {
        UUID school = schoolOf(t);
        return Registry.submitted(Tokens.forSchool(school), school, "Рассматриваемый Наставник", "NAME");
    }

    /** A municipal decision on a nomination of the target's school, its version read by that school's coordinator. */
    private static Response decideNomination(String token, Target t, UUID nomination, String action, String comment) {
        UUID school = schoolOf(t);
        int version = Registry.version(coordinatorOf(school), Registry.municipal(municipalityOf(school)) + "/"
                + nomination);
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(Registry.municipal(t.municipality()) + "/" + nomination + "/" + action);
    }

    /** The region's decision on a fresh recommendation of the target's school, its version read in its own region. */
    private static Response decideRegionally(String token, Target t, String action, String comment) {
        UUID school = schoolOf(t);
        UUID nomination = Registry.recommended(Tokens.forSchool(school), school, municipalityOf(school),
                coordinatorOf(school), "Рекомендованный Наставник", "NAME");
        boolean other = school.equals(Demo.OTHER_SCHOOL);
        int version = Registry.version(other ? Tokens.otherRegion() : Tokens.region(),
                Registry.regional(other ? Demo.OTHER_REGION : Demo.REGION) + "/" + nomination);
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(Registry.regional(t.region()) + "/" + nomination + "/" + action);
    }

    /** A target is never deleted: each write of the matrix sets one for an academic year of its own. */
    private static final java.util.concurrent.atomic.AtomicInteger TARGET_YEAR =
            new java.util.concurrent.atomic.AtomicInteger(2040);

    /** Monitoring: definitions, the region's targets and live figures. */
    static {
        CALLS.put("GET /api/indicators", (tok, role, own, t) -> as(tok).get("/api/indicators"));
        CALLS.put("GET /api/regions/{id}/targets",
                (tok, role, own, t) -> as(tok).get("/api/regions/" + t.region() + "/targets"));
        CALLS.put("PUT /api/regions/{id}/targets", (tok, role, own, t) -> as(tok)
                .body(Map.of("indicator", "BEST_PRACTICES", "startYear", TARGET_YEAR.getAndIncrement(), "value", 5,
                        "documentNumber", "12-од", "documentDate", "2026-08-20"))
                .put("/api/regions/" + t.region() + "/targets"));
        CALLS.put("GET /api/regions/{id}/figures",
                (tok, role, own, t) -> as(tok).get("/api/regions/" + t.region() + "/figures"));
        CALLS.put("GET /api/municipalities/{id}/figures",
                (tok, role, own, t) -> as(tok).get("/api/municipalities/" + t.municipality() + "/figures"));
        CALLS.put("GET /api/schools/{id}/figures",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/figures?half=2026-1"));
    }

    /**
     * Monitoring reports. Each call opens a campaign of its own in the region its school or municipality belongs
     * to, so that what it reads or changes is fresh; what a reader needs to exist is started by its author first.
     */
    static {
        CALLS.put("GET /api/regions/{id}/campaigns",
                (tok, role, own, t) -> as(tok).get(ru.nastavnik.reporting.Campaigns.campaigns(t.region())));
        CALLS.put("POST /api/regions/{id}/campaigns", (tok, role, own, t) -> as(tok)
                .body(ru.nastavnik.reporting.Campaigns.body("2026-1", LocalDate.now().plusMonths(1)))
                .post(ru.nastavnik.reporting.Campaigns.campaigns(t.region())));
        CALLS.put("GET /api/regions/{id}/campaigns/{cid}", (tok, role, own, t) -> as(tok)
                .get(ru.nastavnik.reporting.Campaigns.campaigns(t.region()) + "/" + campaignIn(t.region())));
        CALLS.put("GET /api/regions/{id}/campaigns/{cid}/summary", (tok, role, own, t) -> as(tok)
                .get(ru.nastavnik.reporting.Campaigns.campaigns(t.region()) + "/" + campaignIn(t.region())
                        + "/summary"));
        CALLS.put("POST /api/regions/{id}/campaigns/{cid}/reports/{rid}/accept",
                (tok, role, own, t) -> regionDecides(tok, t, "accept", null));
        CALLS.put("POST /api/regions/{id}/campaigns/{cid}/reports/{rid}/return",
                (tok, role, own, t) -> regionDecides(tok, t, "return", "Добавьте выводы по организациям"));
        CALLS.put("GET /api/schools/{id}/campaigns/{cid}/report", (tok, role, own, t) -> as(tok).get(startedSchoolReport(t)));
        CALLS.put("POST /api/schools/{id}/campaigns/{cid}/report",
                (tok, role, own, t) -> as(tok).post(schoolReport(t)));
        CALLS.put("PUT /api/schools/{id}/campaigns/{cid}/report", (tok, role, own, t) -> {
            String path = startedSchoolReport(t);
            return as(tok).body(reportNote(Tokens.forSchool(t.school()), path)).put(path);
        });
        CALLS.put("POST /api/schools/{id}/campaigns/{cid}/report/submit", (tok, role, own, t) -> {
            String path = startedSchoolReport(t);
            int version = as(Tokens.forSchool(t.school())).get(path).then().extract().path("version");
            return as(tok).body(Map.of("version", version)).post(path + "/submit");
        });
        CALLS.put("GET /api/schools/{id}/campaigns/{cid}/report/xlsx",
                (tok, role, own, t) -> as(tok).get(startedSchoolReport(t) + "/xlsx"));
        CALLS.put("GET /api/schools/{id}/campaigns/{cid}/report/docx",
                (tok, role, own, t) -> as(tok).get(startedSchoolReport(t) + "/docx"));
        CALLS.put("GET /api/schools/{id}/campaigns/{cid}/report/versions/{number}", (tok, role, own, t) -> {
            String path = schoolReport(t);
            ru.nastavnik.reporting.Campaigns.submit(Tokens.forSchool(t.school()), path).then().statusCode(200);
            return as(tok).get(path + "/versions/1");
        });
        CALLS.put("GET /api/municipalities/{id}/campaigns/{cid}/reports", (tok, role, own, t) -> as(tok)
                .get(ru.nastavnik.reporting.Campaigns.schoolReports(t.municipality(),
                        campaignIn(regionOf(t.municipality())))));
        CALLS.put("POST /api/municipalities/{id}/campaigns/{cid}/reports/{rid}/accept",
                (tok, role, own, t) -> municipalityDecides(tok, t, "accept", null));
        CALLS.put("POST /api/municipalities/{id}/campaigns/{cid}/reports/{rid}/return",
                (tok, role, own, t) -> municipalityDecides(tok, t, "return", "Добавьте итоги анкетирования"));
        CALLS.put("GET /api/municipalities/{id}/campaigns/{cid}/report",
                (tok, role, own, t) -> as(tok).get(startedMunicipalReport(t)));
        CALLS.put("POST /api/municipalities/{id}/campaigns/{cid}/report",
                (tok, role, own, t) -> as(tok).post(municipalReport(t)));
        CALLS.put("PUT /api/municipalities/{id}/campaigns/{cid}/report", (tok, role, own, t) -> {
            String path = startedMunicipalReport(t);
            return as(tok).body(reportNote(coordinator(t.municipality()), path)).put(path);
        });
        CALLS.put("POST /api/municipalities/{id}/campaigns/{cid}/report/submit", (tok, role, own, t) -> {
            String path = startedMunicipalReport(t);
            int version = as(coordinator(t.municipality())).get(path).then().extract().path("version");
            return as(tok).body(Map.of("version", version)).post(path + "/submit");
        });
        CALLS.put("GET /api/municipalities/{id}/campaigns/{cid}/report/xlsx",
                (tok, role, own, t) -> as(tok).get(startedMunicipalReport(t) + "/xlsx"));
        CALLS.put("GET /api/municipalities/{id}/campaigns/{cid}/report/docx",
                (tok, role, own, t) -> as(tok).get(startedMunicipalReport(t) + "/docx"));
        CALLS.put("GET /api/municipalities/{id}/campaigns/{cid}/report/versions/{number}", (tok, role, own, t) -> {
            String path = municipalReport(t);
            ru.nastavnik.reporting.Campaigns.submit(coordinator(t.municipality()), path).then().statusCode(200);
            return as(tok).get(path + "/versions/1");
        });
    }

    /**
     * Roadmaps, the same calls at each level. What a call reads or changes belongs to the target's owner and is made
     * by that owner first: one shared roadmap per owner with an item that has a file, and fresh ones to delete.
     */
    static {
        for (String level : List.of("schools", "municipalities", "regions")) {
            String base = "/api/" + level + "/{id}/roadmaps";
            CALLS.put("GET " + base, (tok, role, own, t) -> as(tok).get(roadmaps(level, t).roadmaps()));
            CALLS.put("POST " + base, (tok, role, own, t) -> {
                Roadmaps.Place p = roadmaps(level, t);
                return as(tok).body(Roadmaps.roadmap(Roadmaps.freshYear(p), "Дорожная карта")).post(p.roadmaps());
            });
            CALLS.put("POST " + base + "/from-template", (tok, role, own, t) -> {
                Roadmaps.Place p = roadmaps(level, t);
                return as(tok).body(Roadmaps.roadmap(Roadmaps.freshYear(p), null))
                        .post(p.roadmaps() + "/from-template");
            });
            CALLS.put("GET " + base + "/progress",
                    (tok, role, own, t) -> as(tok).get(roadmaps(level, t).roadmaps() + "/progress"));
            CALLS.put("GET " + base + "/{roadmapId}",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.shared(roadmaps(level, t))));
            CALLS.put("PUT " + base + "/{roadmapId}", (tok, role, own, t) -> {
                Roadmaps.Place p = roadmaps(level, t);
                String path = Roadmaps.shared(p);
                return as(tok).body(Api.current(p.token(), path, "RoadmapInput")).put(path);
            });
            CALLS.put("DELETE " + base + "/{roadmapId}",
                    (tok, role, own, t) -> as(tok).delete(Roadmaps.freshRoadmap(roadmaps(level, t))));
            CALLS.put("GET " + base + "/{roadmapId}/items",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.shared(roadmaps(level, t)) + "/items"));
            CALLS.put("POST " + base + "/{roadmapId}/items", (tok, role, own, t) -> as(tok)
                    .body(Roadmaps.item(2, "Анкетирование", "октябрь"))
                    .post(Roadmaps.shared(roadmaps(level, t)) + "/items"));
            CALLS.put("GET " + base + "/{roadmapId}/items/{itemId}",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.sharedItem(roadmaps(level, t))));
            CALLS.put("PUT " + base + "/{roadmapId}/items/{itemId}", (tok, role, own, t) -> {
                Roadmaps.Place p = roadmaps(level, t);
                String path = Roadmaps.sharedItem(p);
                return as(tok).body(Api.current(p.token(), path, "RoadmapItemInput")).put(path);
            });
            CALLS.put("DELETE " + base + "/{roadmapId}/items/{itemId}",
                    (tok, role, own, t) -> as(tok).delete(Roadmaps.freshItem(roadmaps(level, t), false)));
            CALLS.put("PUT " + base + "/{roadmapId}/items/{itemId}/evidence", (tok, role, own, t) -> {
                var spec = io.restassured.RestAssured.given().contentType("application/pdf")
                        .body(Recognition.pdf(400));
                return (tok == null ? spec : spec.auth().oauth2(tok))
                        .put(Roadmaps.sharedItem(roadmaps(level, t)) + "/evidence");
            });
            CALLS.put("GET " + base + "/{roadmapId}/items/{itemId}/evidence",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.sharedItem(roadmaps(level, t)) + "/evidence"));
            CALLS.put("DELETE " + base + "/{roadmapId}/items/{itemId}/evidence",
                    (tok, role, own, t) -> as(tok).delete(Roadmaps.freshItem(roadmaps(level, t), true) + "/evidence"));
            CALLS.put("POST " + base + "/{roadmapId}/import", (tok, role, own, t) -> {
                var spec = io.restassured.RestAssured.given().contentType("text/csv")
                        .body("Этап;Мероприятие;Срок\n1;Приказ;сентябрь\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return (tok == null ? spec : spec.auth().oauth2(tok))
                        .post(Roadmaps.shared(roadmaps(level, t)) + "/import");
            });
            CALLS.put("GET " + base + "/{roadmapId}/xlsx",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.shared(roadmaps(level, t)) + "/xlsx"));
            CALLS.put("GET " + base + "/{roadmapId}/docx",
                    (tok, role, own, t) -> as(tok).get(Roadmaps.shared(roadmaps(level, t)) + "/docx"));
        }
        CALLS.put("GET /api/roadmap-templates/{level}",
                (tok, role, own, t) -> as(tok).get("/api/roadmap-templates/SCHOOL"));
    }

    /**
     * Events, the same calls at each level. Each call acts on an event its target's organiser has just made (with an
     * entrant where the call needs one: a school's mentor, or a published practice entered by a municipality or the
     * region), so that no call depends on another.
     */
    static {
        for (String level : List.of("schools", "municipalities", "regions")) {
            String base = "/api/" + level + "/{id}/events";
            CALLS.put("GET " + base, (tok, role, own, t) -> as(tok).get(events(level, t).events()));
            CALLS.put("POST " + base, (tok, role, own, t) -> as(tok)
                    .body(Events.body("Семинар наставников", Events.today(), Events.today(), List.of("Методика")))
                    .post(events(level, t).events()));
            CALLS.put("GET " + base + "/{eventId}",
                    (tok, role, own, t) -> as(tok).get(Events.create(events(level, t))));
            CALLS.put("PUT " + base + "/{eventId}", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                String path = Events.create(p);
                return as(tok).body(Api.current(p.token(), path, "EventInput")).put(path);
            });
            CALLS.put("POST " + base + "/{eventId}/cancel", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                String path = Events.create(p);
                int version = as(p.token()).get(path).then().statusCode(200).extract().path("version");
                return as(tok).body(Map.of("version", version)).post(path + "/cancel");
            });
            CALLS.put("DELETE " + base + "/{eventId}",
                    (tok, role, own, t) -> as(tok).delete(Events.create(events(level, t))));
            CALLS.put("GET " + base + "/{eventId}/entrants",
                    (tok, role, own, t) -> as(tok).get(Events.create(events(level, t)) + "/entrants"));
            CALLS.put("POST " + base + "/{eventId}/entrants", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                String event = Events.create(p);
                Map<String, Object> body = !own ? Map.of("kind", "PRACTICE", "practiceId", UUID.randomUUID().toString())
                        : level.equals("schools") ? Events.mentorEntry(Events.mentor(t.school()), "NAME")
                        : Map.of("kind", "PRACTICE", "practiceId",
                                Events.acceptedPractice(Demo.SCHOOL_A1, Demo.MUNI_A).toString());
                return as(tok).body(body).post(event + "/entrants");
            });
            CALLS.put("GET " + base + "/{eventId}/entrants/{entrantId}", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                return as(tok).get(own ? Events.enter(p, Events.create(p))
                        : Events.create(p) + "/entrants/" + UUID.randomUUID());
            });
            CALLS.put("DELETE " + base + "/{eventId}/entrants/{entrantId}", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                return as(tok).delete(own ? Events.enter(p, Events.create(p))
                        : Events.create(p) + "/entrants/" + UUID.randomUUID());
            });
            CALLS.put("PUT " + base + "/{eventId}/results", (tok, role, own, t) -> {
                Events.Place p = events(level, t);
                String event = Events.create(p);
                if (!own) {
                    return as(tok).body(Map.of("version", 0, "results", List.of(Map.of("entrantId",
                            UUID.randomUUID().toString(), "version", 0, "result", "WINNER")))).put(event + "/results");
                }
                String entrant = Events.enter(p, event);
                return as(tok).body(Events.result(p.token(), event, entrant, "WINNER", 1)).put(event + "/results");
            });
        }
        CALLS.put("GET /api/portal/v1/events", (tok, role, own, t) -> as(tok).get("/api/portal/v1/events"));
    }

    private static Events.Place events(String level, Target t) {
        return Events.place(level, switch (level) {
            case "schools" -> t.school();
            case "municipalities" -> t.municipality();
            default -> t.region();
        });
    }

    /** The target's roadmaps at the level: of its school, its municipality or its region. */
    private static Roadmaps.Place roadmaps(String level, Target t) {
        return Roadmaps.place(level, switch (level) {
            case "schools" -> t.school();
            case "municipalities" -> t.municipality();
            default -> t.region();
        });
    }

    private static UUID regionOf(UUID municipality) {
        return municipality.equals(Demo.OTHER_MUNI) ? Demo.OTHER_REGION : Demo.REGION;
    }

    private static UUID campaignIn(UUID region) {
        return ru.nastavnik.reporting.Campaigns.open(region.equals(Demo.OTHER_REGION) ? Tokens.otherRegion()
                : Tokens.region(), region);
    }

    private static String coordinator(UUID municipality) {
        return Tokens.token("muni-" + municipality, "municipal", Map.of("region_id", regionOf(municipality),
                "municipality_id", municipality));
    }

    /** The target school's report in a fresh campaign of its region, not begun yet. */
    private static String schoolReport(Target t) {
        UUID region = t.school().equals(Demo.OTHER_SCHOOL) ? Demo.OTHER_REGION : Demo.REGION;
        return ru.nastavnik.reporting.Campaigns.schoolReport(t.school(), campaignIn(region));
    }

    /** The same, begun by the school itself. */
    private static String startedSchoolReport(Target t) {
        String path = schoolReport(t);
        as(Tokens.forSchool(t.school())).get(path).then().statusCode(200);
        return path;
    }

    private static String municipalReport(Target t) {
        return ru.nastavnik.reporting.Campaigns.municipalReport(t.municipality(), campaignIn(regionOf(t.municipality())));
    }

    private static String startedMunicipalReport(Target t) {
        String path = municipalReport(t);
        as(coordinator(t.municipality())).get(path).then().statusCode(200);
        return path;
    }

    private static Map<String, Object> reportNote(String author, String path) {
        int version = as(author).get(path).then().statusCode(200).extract().path("version");
        return Map.of("done", "Проведены встречи пар", "version", version);
    }

    /** A submitted report of the target school, decided on under the target municipality. */
    private static Response municipalityDecides(String token, Target t, String action, String comment) {
        UUID school = schoolOf(t);
        UUID campaign = campaignIn(regionOf(municipalityOf(school)));
        UUID report = ru.nastavnik.reporting.Campaigns.submittedSchoolReport(school, campaign);
        return ru.nastavnik.reporting.Campaigns.decide(token,
                ru.nastavnik.reporting.Campaigns.schoolReports(t.municipality(), campaign),
                ru.nastavnik.reporting.Campaigns.schoolReport(school, campaign), report, action, comment,
                Tokens.forSchool(school));
    }

    /** A submitted report of the target municipality, decided on under the target region. */
    private static Response regionDecides(String token, Target t, String action, String comment) {
        String coordinator = coordinator(t.municipality());
        UUID campaign = campaignIn(regionOf(t.municipality()));
        String path = ru.nastavnik.reporting.Campaigns.municipalReport(t.municipality(), campaign);
        UUID report = UUID.fromString(ru.nastavnik.reporting.Campaigns.submit(coordinator, path).then()
                .statusCode(200).extract().path("id"));
        return ru.nastavnik.reporting.Campaigns.decide(token,
                ru.nastavnik.reporting.Campaigns.campaigns(t.region()) + "/" + campaign + "/reports", path, report,
                action, comment, coordinator);
    }

    private static final Map<String, String> SHARED_PRACTICES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A practice of the school at a stage of its review (draft, submitted, accepted), with one published PDF. */
    private static String shared(UUID school, String stage) {
        return SHARED_PRACTICES.computeIfAbsent(school + "/" + stage, key -> practiceAt(school, stage));
    }

    private static String practiceAt(UUID school, String stage) {
        String admin = Tokens.forSchool(school);
        UUID id = Recognition.draft(admin, school);
        Recognition.attach(admin, school, id, Recognition.pdf(300), "Программа.pdf").then().statusCode(201);
        if (!stage.equals("draft")) {
            Recognition.consentAll(admin, school, id, "NAME");
            Recognition.submit(admin, school, id).then().statusCode(200);
        }
        if (stage.equals("accepted")) {
            Recognition.review(coordinatorOf(school), municipalityOf(school), id, "accept", null).then()
                    .statusCode(200);
        }
        return Recognition.practice(school, id);
    }

    private static String sharedAttachment(UUID school, String stage) {
        String practice = shared(school, stage);
        return practice + "/attachments/" + attachmentOf(practice);
    }

    private static String attachmentOf(String practice) {
        return as(Tokens.forSchool(UUID.fromString(practice.split("/")[3]))).get(practice).then().statusCode(200)
                .extract().path("attachments[0].id");
    }

    private static String freshDraft(Target t) {
        return Recognition.practice(t.school(), Recognition.draft(Tokens.forSchool(t.school()), t.school()));
    }

    private static String freshAttachment(Target t) {
        String path = freshDraft(t);
        String id = Recognition.attach(Tokens.forSchool(t.school()), t.school(), id(path), Recognition.pdf(100),
                "Лишний.pdf").then().statusCode(201).extract().path("id");
        return path + "/attachments/" + id;
    }

    private static String freshSubmitted(Target t) {
        UUID school = schoolOf(t);
        return Recognition.practice(school, Recognition.submitted(Tokens.forSchool(school), school, "NAME"));
    }

    private static Map<String, Object> rewardBody(Target t) {
        UUID mentor = Pairs.mentor(Tokens.forSchool(t.school()), t.school(), "Награждённый наставник", 1);
        return Map.of("participantId", mentor.toString(), "kind", "CERTIFICATE", "title", "За работу с молодыми "
                + "педагогами", "awardedOn", java.time.LocalDate.now().toString(), "awardedBy", "Директор");
    }

    private static String freshReward(Target t) {
        String id = as(Tokens.forSchool(t.school())).body(rewardBody(t)).post(Recognition.rewards(t.school())).then()
                .statusCode(201).extract().path("id");
        return Recognition.rewards(t.school()) + "/" + id;
    }

    /** The municipal address of a practice of the target's school, under the target's municipality. */
    private static String municipalPractice(Target t, String practice) {
        return Recognition.municipal(t.municipality()) + "/" + id(practice);
    }

    private static Response review(String token, Target t, String practice, String action, String comment) {
        UUID school = schoolOf(t);
        int version = as(coordinatorOf(school)).get(Recognition.municipal(municipalityOf(school)) + "/" + id(practice))
                .then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(municipalPractice(t, practice) + "/" + action);
    }

    /** The school a municipal or regional call reads a practice of: one in the target's own municipality. */
    private static UUID schoolOf(Target t) {
        return t.municipality().equals(Demo.MUNI_B) ? Demo.SCHOOL_B1
                : t.municipality().equals(Demo.OTHER_MUNI) ? Demo.OTHER_SCHOOL : Demo.SCHOOL_A1;
    }

    private static UUID municipalityOf(UUID school) {
        return school.equals(Demo.SCHOOL_B1) ? Demo.MUNI_B : school.equals(Demo.OTHER_SCHOOL) ? Demo.OTHER_MUNI
                : Demo.MUNI_A;
    }

    private static String coordinatorOf(UUID school) {
        UUID municipality = municipalityOf(school);
        return Tokens.token("muni-" + municipality, "municipal", Map.of("region_id",
                municipality.equals(Demo.OTHER_MUNI) ? Demo.OTHER_REGION : Demo.REGION, "municipality_id",
                municipality));
    }

    private static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
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
        return Pairs.activePair(Tokens.forSchool(t.school()), t.school());
    }

    /** A completed pair: its mentor, who has no e-mail address, waits for a printed sheet. */
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

    /**
     * The diary of a pair at work in the target's school, with its own people; the public diary's rows reach it by
     * the link's secret, whatever the caller's role, as the fill links do.
     */
    static {
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/meetings",
                (tok, role, own, t) -> as(tok).get(freshDiary(t).meetings()));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/meetings", (tok, role, own, t) -> {
            Diaries.Pair pair = freshDiary(t);
            return as(tok).body(Diaries.held(pair, LocalDate.now(), "Встреча")).post(pair.meetings());
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/meetings/activities",
                (tok, role, own, t) -> as(tok).get(freshDiary(t).meetings() + "/activities"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/meetings/export",
                (tok, role, own, t) -> as(tok).get(freshDiary(t).meetings() + "/export"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/meetings/{meid}",
                (tok, role, own, t) -> as(tok).get(freshMeeting(t)));
        CALLS.put("PUT /api/schools/{id}/mentorships/{mid}/meetings/{meid}", (tok, role, own, t) -> {
            Diaries.Pair pair = freshDiary(t);
            String path = pair.meetings() + "/" + Diaries.create(Tokens.forSchool(t.school()), pair,
                    Diaries.held(pair, LocalDate.now(), "Встреча"));
            Map<String, Object> body = Diaries.held(pair, LocalDate.now(), "Исправленная встреча");
            body.put("version", 0);
            return as(tok).body(body).put(path);
        });
        CALLS.put("DELETE /api/schools/{id}/mentorships/{mid}/meetings/{meid}",
                (tok, role, own, t) -> as(tok).queryParam("version", 0).delete(freshMeeting(t)));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/diary-links",
                (tok, role, own, t) -> as(tok).get(freshDiary(t).links()));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/diary-links",
                (tok, role, own, t) -> as(tok).post(freshDiary(t).links()));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/diary-links/{lid}",
                (tok, role, own, t) -> as(tok).get(freshDiaryLink(t)));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/diary-links/{lid}/revoke",
                (tok, role, own, t) -> as(tok).post(freshDiaryLink(t) + "/revoke"));
        CALLS.put("GET /api/diary/{token}", (tok, role, own, t) -> as(tok).get(freshDiaryToken(t).path()));
        CALLS.put("POST /api/diary/{token}/meetings", (tok, role, own, t) -> {
            PublicDiary diary = freshDiaryToken(t);
            return as(tok).body(Diaries.held(diary.pair(), LocalDate.now(), "Встреча")).post(diary.path() + "/meetings");
        });
        CALLS.put("GET /api/diary/{token}/meetings/{meid}", (tok, role, own, t) -> {
            PublicDiary diary = freshDiaryToken(t);
            UUID meeting = Diaries.create(Tokens.forSchool(t.school()), diary.pair(),
                    Diaries.held(diary.pair(), LocalDate.now(), "Встреча"));
            return as(tok).get(diary.path() + "/meetings/" + meeting);
        });
        CALLS.put("PUT /api/diary/{token}/meetings/{meid}", (tok, role, own, t) -> {
            PublicDiary diary = freshDiaryToken(t);
            String meeting = as(null).body(Diaries.held(diary.pair(), LocalDate.now(), "Встреча"))
                    .post(diary.path() + "/meetings").then().statusCode(201).extract().path("id");
            Map<String, Object> body = Diaries.held(diary.pair(), LocalDate.now(), "Исправленная встреча");
            body.put("version", 0);
            return as(tok).body(body).put(diary.path() + "/meetings/" + meeting);
        });
        CALLS.put("PUT /api/diary/{token}/activities/{aid}", (tok, role, own, t) -> {
            PublicDiary diary = freshDiaryToken(t);
            UUID activity = Diaries.programme(diary.pair(), "Мероприятие").get(0);
            return as(tok).body(Map.of("status", "IN_PROGRESS", "version", 0))
                    .put(diary.path() + "/activities/" + activity);
        });
    }

    /** A pair's public diary: the pair and the address its link opens. */
    record PublicDiary(Diaries.Pair pair, String path) {
    }

    private static Diaries.Pair freshDiary(Target t) {
        return Diaries.activePair(Tokens.forSchool(t.school()), t.school(), 5, 1);
    }

    private static String freshMeeting(Target t) {
        Diaries.Pair pair = freshDiary(t);
        return pair.meetings() + "/" + Diaries.create(Tokens.forSchool(t.school()), pair,
                Diaries.held(pair, LocalDate.now(), "Встреча"));
    }

    private static String freshDiaryLink(Target t) {
        Diaries.Pair pair = freshDiary(t);
        String id = as(Tokens.forSchool(t.school())).post(pair.links()).then().statusCode(201).extract().path("id");
        return pair.links() + "/" + id;
    }

    private static PublicDiary freshDiaryToken(Target t) {
        Diaries.Pair pair = freshDiary(t);
        return new PublicDiary(pair, "/api/diary/" + Diaries.link(Tokens.forSchool(t.school()), pair));
    }

    /** A pair of the target's school with a draft programme from its form's template, ready to change. */
    private static String programme(Target t) {
        String admin = Tokens.forSchool(t.school());
        return Programmes.path(t.school(), Programmes.draftedPair(admin, t.school()));
    }

    private static String activity(Target t) {
        String programme = programme(t);
        String admin = Tokens.forSchool(t.school());
        return programme + "/activities/" + as(admin).get(programme).then().statusCode(200).extract()
                .path("activities[0].id");
    }

    static {
        CALLS.put("GET /api/programme-templates", (tok, role, own, t) -> as(tok).get("/api/programme-templates"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/programme", (tok, role, own, t) -> as(tok)
                .get(programme(t)));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/programme", (tok, role, own, t) -> as(tok)
                .body(Map.of("templateCode", Programmes.OLYMPIAD))
                .post(Programmes.path(t.school(), Pairs.approvedPair(Tokens.forSchool(t.school()), t.school()))));
        CALLS.put("PUT /api/schools/{id}/mentorships/{mid}/programme", (tok, role, own, t) -> {
            String programme = programme(t);
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), programme, "ProgrammeInput")).put(programme);
        });
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/programme/agree", (tok, role, own, t) -> {
            String admin = Tokens.forSchool(t.school());
            UUID pair = Programmes.draftedPair(admin, t.school());
            return as(tok).body(Map.of("version", Programmes.version(admin, t.school(), pair), "agreements",
                    Pairs.agreements(admin, t.school(), pair))).post(Programmes.path(t.school(), pair) + "/agree");
        });
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/programme/revisions", (tok, role, own, t) -> as(tok)
                .get(programme(t) + "/revisions"));
        CALLS.put("POST /api/schools/{id}/mentorships/{mid}/programme/activities", (tok, role, own, t) -> as(tok)
                .body(Programmes.activity("Разбор олимпиадных задач", java.time.LocalDate.now().plusDays(14)))
                .post(programme(t) + "/activities"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/programme/activities/{aid}", (tok, role, own, t) -> as(tok)
                .get(activity(t)));
        CALLS.put("PUT /api/schools/{id}/mentorships/{mid}/programme/activities/{aid}", (tok, role, own, t) -> {
            String activity = activity(t);
            return as(tok).body(Api.current(Tokens.forSchool(t.school()), activity, "ProgrammeActivityInput"))
                    .put(activity);
        });
        CALLS.put("DELETE /api/schools/{id}/mentorships/{mid}/programme/activities/{aid}", (tok, role, own, t) -> as(tok)
                .queryParam("version", 0).delete(activity(t)));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/programme/docx", (tok, role, own, t) -> as(tok)
                .get(programme(t) + "/docx"));
        CALLS.put("GET /api/schools/{id}/mentorships/{mid}/programme/pdf", (tok, role, own, t) -> as(tok)
                .get(programme(t) + "/pdf"));
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

    static {
        CALLS.put("GET /api/schools/{id}/audit",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/audit"));
        CALLS.put("GET /api/schools/{id}/audit/export",
                (tok, role, own, t) -> as(tok).get("/api/schools/" + t.school() + "/audit/export"));
        CALLS.put("GET /api/municipalities/{id}/audit",
                (tok, role, own, t) -> as(tok).get("/api/municipalities/" + t.municipality() + "/audit"));
        CALLS.put("GET /api/municipalities/{id}/audit/export",
                (tok, role, own, t) -> as(tok).get("/api/municipalities/" + t.municipality() + "/audit/export"));
        CALLS.put("GET /api/regions/{id}/audit",
                (tok, role, own, t) -> as(tok).get("/api/regions/" + t.region() + "/audit"));
        CALLS.put("GET /api/regions/{id}/audit/export",
                (tok, role, own, t) -> as(tok).get("/api/regions/" + t.region() + "/audit/export"));
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

    static final Map<String, Supplier<String>> TOKENS = Map.of(
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
    static String matrixName(String path) {
        return path.replace("{schoolId}", "{id}").replace("{mentorshipId}", "{mid}")
                .replace("{startYear}", "{year}").replaceAll("/curators/\\{id}", "/curators/{cid}")
                .replaceAll("/participants/\\{id}", "/participants/{pid}")
                .replaceAll("/mentorships/\\{id}", "/mentorships/{mid}").replace("{mentorshipId}", "{mid}")
                .replaceAll("/orders/\\{id}", "/orders/{oid}")
                .replaceAll("/questionnaires/\\{id}", "/questionnaires/{qid}")
                .replace("{participantId}", "{pid}").replace("{templateId}", "{qid}")
                .replace("{linkId}", "{lid}").replace("{municipalityId}", "{id}")
                .replace("{mentorshipId}", "{mid}").replace("{meetingId}", "{meid}").replace("{activityId}", "{aid}")
                .replaceAll("/imports/\\{id}", "/imports/{iid}")
                .replaceAll("/match-runs/\\{id}", "/match-runs/{rid}")
                .replaceAll("/match-exclusions/\\{id}", "/match-exclusions/{eid}")
                .replace("{regionId}", "{id}").replaceAll("/rewards/\\{id}", "/rewards/{rwid}")
                .replaceAll("/best-practices/\\{id}", "/best-practices/{bpid}").replace("{attachmentId}", "{aid}")
                .replace("{campaignId}", "{cid}").replace("{reportId}", "{rid}")
                .replace("{practiceId}", "{bpid}").replace("{materialId}", "{aid}")
                .replaceAll("/mentor-nominations/\\{id}", "/mentor-nominations/{nid}")
                .replaceAll("/mentor-registry/\\{id}", "/mentor-registry/{nid}");
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
