package ru.nastavnik.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Recognition;
import ru.nastavnik.support.Tokens;

/** Rewards of mentors and mentees: what a school records, and how it finds them again by kind, date and person. */
@QuarkusTest
class RewardApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String REWARDS = Recognition.rewards(SCHOOL);

    private static String curator() {
        return Tokens.school();
    }

    private static Map<String, Object> reward(UUID participant, String kind, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantId", participant.toString());
        body.put("kind", kind);
        body.put("title", "За подготовку призёра муниципальной олимпиады");
        body.put("awardedOn", on.toString());
        body.put("awardedBy", "Директор МОУ СОШ № 17");
        return body;
    }

    private static UUID mentor(String name) {
        return Pairs.mentor(curator(), SCHOOL, name + " " + UUID.randomUUID().toString().substring(0, 6), 2);
    }

    @Test
    void aCuratorRecordsARewardAndFindsItAgain() {
        UUID mentor = mentor("Кузнецова Ольга Ивановна");
        Map<String, Object> body = reward(mentor, "MENTOR_BADGE", LocalDate.of(2026, 5, 20));
        body.put("documentRef", "Приказ № 45-о/д от 20.05.2026");
        Response created = as(curator()).body(body).post(REWARDS);
        created.then().statusCode(201)
                .body("participantId", equalTo(mentor.toString()))
                .body("kind", equalTo("MENTOR_BADGE"))
                .body("otherKind", nullValue())
                .body("documentRef", equalTo("Приказ № 45-о/д от 20.05.2026"))
                .body("createdBy", equalTo("Тестовый пользователь school"));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(REWARDS + "/" + id);

        Map<String, Object> changed = Api.current(curator(), REWARDS + "/" + id, "RewardInput");
        changed.put("awardedBy", "Управление образования администрации г. Твери");
        as(curator()).body(changed).put(REWARDS + "/" + id).then().statusCode(200)
                .body("awardedBy", equalTo("Управление образования администрации г. Твери"))
                .body("version", equalTo(1));
        as(curator()).body(changed).put(REWARDS + "/" + id).then().statusCode(409);

        as(curator()).get(REWARDS + "?participantId=" + mentor).then().statusCode(200)
                .body("items.id", contains(id));
        as(curator()).delete(REWARDS + "/" + id).then().statusCode(204);
        as(curator()).get(REWARDS + "/" + id).then().statusCode(404);
    }

    @Test
    void theListFiltersByKindAndPeriodAndSorts() {
        UUID mentor = mentor("Награждённая");
        as(curator()).body(reward(mentor, "CERTIFICATE", LocalDate.of(2025, 12, 25))).post(REWARDS).then()
                .statusCode(201);
        as(curator()).body(reward(mentor, "GRATITUDE", LocalDate.of(2026, 3, 8))).post(REWARDS).then()
                .statusCode(201);
        Map<String, Object> bonus = reward(mentor, "BONUS", LocalDate.of(2026, 5, 25));
        as(curator()).body(bonus).post(REWARDS).then().statusCode(201);
        String mine = "?participantId=" + mentor;

        as(curator()).get(REWARDS + mine + "&sort=awardedOn,desc").then().statusCode(200)
                .body("items.kind", contains("BONUS", "GRATITUDE", "CERTIFICATE"));
        as(curator()).get(REWARDS + mine + "&kind=GRATITUDE").then().body("items.kind", contains("GRATITUDE"));
        as(curator()).get(REWARDS + mine + "&from=2026-01-01&to=2026-03-08&sort=awardedOn,asc").then()
                .body("items.awardedOn", contains("2026-03-08"));
        as(curator()).get(REWARDS + mine + "&size=2&page=1&sort=awardedOn,asc").then()
                .body("total", equalTo(3)).body("items.kind", contains("BONUS"));
        as(curator()).get(REWARDS + "?from=2026-05-01&to=2026-04-01").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(curator()).get(REWARDS + "?sort=title").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aRewardIsRefusedWithTheFieldThatIsWrong() {
        UUID mentor = mentor("Наставник");
        long before = as(curator()).get(REWARDS + "?participantId=" + mentor).then().extract().jsonPath()
                .getLong("total");
        as(curator()).body(reward(mentor, "GIFT", LocalDate.now().plusDays(1))).post(REWARDS).then()
                .statusCode(400).body("errors[0].field", equalTo("awardedOn"))
                .body("errors[0].message", equalTo("Дата награждения не может быть в будущем"));
        as(curator()).body(reward(mentor, "OTHER", LocalDate.now())).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("otherKind"));
        Map<String, Object> other = reward(mentor, "OTHER", LocalDate.now());
        other.put("otherKind", "Сертификат на курсы повышения квалификации");
        as(curator()).body(other).post(REWARDS).then().statusCode(201)
                .body("otherKind", equalTo("Сертификат на курсы повышения квалификации"));
        Map<String, Object> badgeWithText = reward(mentor, "MENTOR_BADGE", LocalDate.now());
        badgeWithText.put("otherKind", "Лишнее");
        as(curator()).body(badgeWithText).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("otherKind"));

        UUID foreign = Pairs.mentor(Tokens.school2(), Demo.SCHOOL_B1, "Чужой наставник", 1);
        as(curator()).body(reward(foreign, "GIFT", LocalDate.now())).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("participantId"))
                .body("errors[0].message", equalTo("Участник не найден в организации"));

        String name = "Без согласия " + UUID.randomUUID().toString().substring(0, 6);
        UUID unconsented = UUID.fromString(as(curator()).body(Map.of("kind", "TEACHER", "fullName", name))
                .post("/api/schools/" + SCHOOL + "/participants").then().statusCode(201).extract().path("id"));
        as(curator()).body(reward(unconsented, "GIFT", LocalDate.now())).post(REWARDS).then().statusCode(400)
                .body("errors[0].message", equalTo(name + ": нет действующего согласия на обработку персональных данных"));
        assertThat(as(curator()).get(REWARDS + "?participantId=" + mentor).then().extract().jsonPath()
                .getLong("total")).isEqualTo(before + 1);
    }

    @Test
    void aRewardForAPairsWorkGoesToOneOfItsPeople() {
        UUID pair = Recognition.completedPair(curator(), SCHOOL);
        List<String> members = as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair).then().extract().jsonPath()
                .getList("mentees.id");
        Map<String, Object> forMentee = reward(UUID.fromString(members.get(0)), "CERTIFICATE", LocalDate.now());
        forMentee.put("mentorshipId", pair.toString());
        as(curator()).body(forMentee).post(REWARDS).then().statusCode(201)
                .body("mentorshipId", equalTo(pair.toString()));
        as(curator()).get(REWARDS + "?mentorshipId=" + pair).then().body("total", equalTo(1));

        Map<String, Object> outsider = reward(mentor("Посторонний"), "CERTIFICATE", LocalDate.now());
        outsider.put("mentorshipId", pair.toString());
        as(curator()).body(outsider).post(REWARDS).then().statusCode(400)
                .body("errors[0].field", equalTo("mentorshipId"))
                .body("errors[0].message", containsString("не состоит в этой паре"));
        outsider.put("mentorshipId", UUID.randomUUID().toString());
        as(curator()).body(outsider).post(REWARDS).then().statusCode(400)
                .body("errors[0].message", equalTo("Наставническая пара не найдена в организации"));
    }
}
