package ru.nastavnik.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Registry;
import ru.nastavnik.support.Tokens;

/** The mentor registry's way: school → municipal registry → regional registry, and only what the consent allows. */
@QuarkusTest
class MentorRegistryApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;

    @Test
    void aNominationGoesFromTheSchoolThroughTheMunicipalityToTheRegionalRegistry() {
        String school = Tokens.school();
        String muni = Tokens.muni();
        String region = Tokens.region();
        UUID mentor = Pairs.mentor(school, SCHOOL, "Соколова Вера Николаевна", 1);
        Response created = as(school).body(Registry.proposal(mentor)).post(Registry.nominations(SCHOOL));
        created.then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("allowedActions", hasItem("SUBMIT")).body("facts.completedPairs", equalTo(0));
        assertThat(created.header("Location")).endsWith(Registry.nominations(SCHOOL) + "/"
                + created.path("id"));
        UUID id = UUID.fromString(created.path("id"));
        String path = Registry.nomination(SCHOOL, id);

        // Without a consent the nomination stays in the school, named field by field.
        Registry.step(school, path, "submit", null).then().statusCode(400)
                .body("errors.field", hasItem("consent"));
        Registry.recordConsent(school, SCHOOL, id, "NAME").then().statusCode(200)
                .body("consent.publication", equalTo("NAME"));
        Registry.step(school, path, "submit", "Просим включить").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("allowedActions", equalTo(List.of("WITHDRAW")));

        String review = Registry.municipal(Demo.MUNI_A) + "/" + id;
        as(muni).get(review).then().statusCode(200).body("fullName", equalTo("Соколова Вера Николаевна"))
                .body("allowedActions", equalTo(List.of("INCLUDE", "RETURN")));
        Registry.step(muni, review, "recommend", null).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        Registry.step(muni, review, "include", null).then().statusCode(200).body("status", equalTo("INCLUDED"));
        assertThat(as(school).get("/api/municipalities/" + Demo.MUNI_A + "/mentor-registry?size=100").jsonPath()
                .getList("items.id")).contains(id.toString());
        as(region).get(Registry.regional(Demo.REGION) + "/" + id).then().statusCode(404);

        Registry.step(muni, review, "recommend", "Лучший наставник года").then().statusCode(200)
                .body("status", equalTo("RECOMMENDED"));
        String regional = Registry.regional(Demo.REGION) + "/" + id;
        as(region).get(regional).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("INCLUDE_REGIONAL", "DECLINE")));
        Registry.step(region, regional, "decline", null).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        Registry.step(region, regional, "include", null).then().statusCode(200).body("status", equalTo("REGIONAL"));
        assertThat(as(Tokens.school2()).get(Registry.regional(Demo.REGION) + "/published?size=100").jsonPath()
                .getList("items.id")).as("the regional registry, read in another municipality").contains(
                        id.toString());

        List<String> steps = as(school).get(path + "/history").jsonPath().getList("toStatus");
        assertThat(steps).containsExactly("SUBMITTED", "INCLUDED", "RECOMMENDED", "REGIONAL");
        Registry.step(school, path, "withdraw", null).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(as(school).get("/api/municipalities/" + Demo.MUNI_A + "/mentor-registry?size=100").jsonPath()
                .getList("items.id")).doesNotContain(id.toString());
        Registry.step(school, path, "withdraw", null).then().statusCode(409)
                .body("type", containsString("illegal-transition"));
    }

    @Test
    void aReturnedNominationIsEditedAndSubmittedAgainAndASubmittedOneCannotBeChanged() {
        String school = Tokens.school();
        String muni = Tokens.muni();
        UUID id = Registry.submitted(school, SCHOOL, "Орлова Нина Петровна", "NAME");
        String path = Registry.nomination(SCHOOL, id);
        Map<String, Object> edit = Map.of("version", Registry.version(school, path), "description", "Новое");
        as(school).body(edit).put(path).then().statusCode(409).body("type", containsString("nomination-not-editable"));

        String review = Registry.municipal(Demo.MUNI_A) + "/" + id;
        Registry.step(muni, review, "return", " ").then().statusCode(400).body("errors[0].field", equalTo("comment"));
        Registry.step(muni, review, "return", "Опишите результаты подробнее").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        as(muni).get(review).then().statusCode(404);
        as(school).get(path).then().statusCode(200).body("returnComment", equalTo("Опишите результаты подробнее"))
                .body("allowedActions", hasItem("EDIT"));
        as(school).body(Map.of("version", 0, "description", "x")).put(path).then().statusCode(409);
        as(school).body(Map.of("version", Registry.version(school, path), "description", "Подробнее",
                "results", "Двое молодых педагогов аттестованы")).put(path).then().statusCode(200);
        Registry.step(school, path, "submit", "Дополнили").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("returnComment", equalTo(null));
    }

    @Test
    void theFactsComeFromThePairsAndRewardsAndAreFrozenAtSubmission() {
        String school = Tokens.school();
        UUID pair = Recognition.completedPair(school, SCHOOL);
        String mentor = as(school).get(Pairs.mentorships(SCHOOL) + "/" + pair).then().statusCode(200).extract()
                .path("mentor.id");
        as(school).body(Map.of("participantId", mentor, "kind", "MENTOR_BADGE", "title", "Педагог-наставник",
                "awardedOn", LocalDate.now().toString(), "awardedBy", "Министерство просвещения"))
                .post(Recognition.rewards(SCHOOL)).then().statusCode(201);
        UUID id = UUID.fromString(as(school).body(Registry.proposal(UUID.fromString(mentor)))
                .post(Registry.nominations(SCHOOL)).then().statusCode(201).extract().path("id"));
        String path = Registry.nomination(SCHOOL, id);
        as(school).get(path).then().body("facts.completedPairs", equalTo(1))
                .body("facts.rewards[0].title", equalTo("Педагог-наставник"));
        Registry.recordConsent(school, SCHOOL, id, "ANONYMOUS").then().statusCode(200);
        Registry.step(school, path, "submit", null).then().statusCode(200);

        as(school).body(Map.of("participantId", mentor, "kind", "GRATITUDE", "title", "Благодарность после отправки",
                "awardedOn", LocalDate.now().toString(), "awardedBy", "Директор")).post(Recognition.rewards(SCHOOL))
                .then().statusCode(201);
        JsonPath seen = as(Tokens.muni()).get(Registry.municipal(Demo.MUNI_A) + "/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(seen.getInt("facts.completedPairs")).isEqualTo(1);
        assertThat(seen.getList("facts.rewards.title")).as("frozen at submission").containsExactly("Педагог-наставник");
        assertThat(seen.getString("fullName")).as("an anonymous consent").isNull();
        assertThat(seen.getMap("$")).doesNotContainKeys("participantId", "mentor", "consent");
    }

    @Test
    void aNameTheConsentDoesNotAllowNeverLeavesTheSchool() {
        String school = Tokens.school();
        String muni = Tokens.muni();
        String name = "Кириллова Дина Олеговна";
        UUID id = Registry.recommended(school, SCHOOL, Demo.MUNI_A, muni, name, "ANONYMOUS");
        Registry.step(Tokens.region(), Registry.regional(Demo.REGION) + "/" + id, "include", null).then()
                .statusCode(200);
        List<String> answers = List.of(Registry.municipal(Demo.MUNI_A) + "/" + id,
                Registry.municipal(Demo.MUNI_A) + "?size=100",
                "/api/municipalities/" + Demo.MUNI_A + "/mentor-registry?size=100",
                Registry.regional(Demo.REGION) + "?size=100",
                Registry.regional(Demo.REGION) + "/published?size=100");
        for (String answer : answers) {
            String token = answer.startsWith("/api/regions") ? Tokens.region() : muni;
            String body = as(token).get(answer).then().statusCode(200).extract().asString();
            assertThat(body).as(answer).contains(id.toString()).doesNotContain(name);
        }
        String portal = as(Tokens.portalClient()).get("/api/portal/v1/registry?size=100").then().statusCode(200)
                .extract().asString();
        assertThat(portal).contains(id.toString()).doesNotContain(name);

        // Withdrawing the consent takes the mentor out of every registry at once.
        as(school).body(Map.of("withdrawnOn", LocalDate.now().toString())).post(Registry.nomination(SCHOOL, id)
                + "/consent/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(as(Tokens.portalClient()).get("/api/portal/v1/registry?size=100").asString())
                .doesNotContain(id.toString());
    }

    @Test
    void anotherMunicipalityAndSchoolSeeNothingOfTheNomination() {
        String school = Tokens.school();
        UUID draft = Registry.draft(school, SCHOOL, "Лаптева Ольга Игоревна");
        UUID submitted = Registry.submitted(school, SCHOOL, "Ершова Мария Ивановна", "NAME");
        as(Tokens.muni()).get(Registry.municipal(Demo.MUNI_A) + "/" + draft).then().statusCode(404);
        assertThat(as(Tokens.muni()).get(Registry.municipal(Demo.MUNI_A) + "?size=100").jsonPath()
                .getList("items.id")).contains(submitted.toString()).doesNotContain(draft.toString());
        as(Tokens.muni2()).get(Registry.municipal(Demo.MUNI_A) + "/" + submitted).then().statusCode(404);
        as(Tokens.muni2()).get(Registry.municipal(Demo.MUNI_B) + "/" + submitted).then().statusCode(404);
        as(Tokens.school2()).get(Registry.nomination(Demo.SCHOOL_B1, submitted)).then().statusCode(404);
        as(Tokens.muni()).get(Registry.municipal(Demo.MUNI_A) + "?status=DRAFT").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        String school = Tokens.school();
        as(school).body(Map.of("description", "Без наставника")).post(Registry.nominations(SCHOOL)).then()
                .statusCode(400).body("errors[0].field", equalTo("participantId"));
        UUID mentee = Pairs.mentee(school, SCHOOL, "Ученик Невыдвигаемый");
        as(school).body(Registry.proposal(mentee)).post(Registry.nominations(SCHOOL)).then().statusCode(400)
                .body("errors[0].field", equalTo("participantId"));
        UUID id = Registry.draft(school, SCHOOL, "Дважды Выдвинутая Анна");
        String mentor = as(school).get(Registry.nomination(SCHOOL, id)).then().extract().path("mentor.participantId");
        as(school).body(Registry.proposal(UUID.fromString(mentor))).post(Registry.nominations(SCHOOL)).then()
                .statusCode(400).body("errors[0].field", equalTo("participantId"));
        as(school).body(Map.of("publication", "EVERYTHING", "givenBy", "SELF", "giverName", "А", "givenOn",
                "2026-01-01", "documentRef", "№ 1")).put(Registry.nomination(SCHOOL, id) + "/consent").then()
                .statusCode(400).body("errors[0].field", equalTo("publication"));
        as(school).get(Registry.nomination(SCHOOL, id)).then().body("consent", equalTo(null));
        as(school).get(Registry.nominations(SCHOOL) + "?sort=birthDate,asc").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
