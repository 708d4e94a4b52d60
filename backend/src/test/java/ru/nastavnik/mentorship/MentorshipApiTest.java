package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class MentorshipApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;
    private static final String MENTORSHIPS = Pairs.mentorships(SCHOOL);
    private static final String ORDERS = Pairs.orders(SCHOOL);
    private static final String PARTICIPANTS = "/api/schools/" + SCHOOL + "/participants";

    private static String curator() {
        return Tokens.school();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return as(curator()).body(body).post(MENTORSHIPS).then();
    }

    private static UUID createPair(UUID mentor, UUID mentee) {
        return UUID.fromString(create(Pairs.pairBody(mentor, mentee)).statusCode(201).extract().path("id"));
    }

    private static ValidatableResponse get(UUID id) {
        return as(curator()).get(MENTORSHIPS + "/" + id).then().statusCode(200);
    }

    private static ValidatableResponse act(UUID id, String action, Map<String, Object> body) {
        Map<String, Object> withVersion = new java.util.HashMap<>(body);
        withVersion.putIfAbsent("version", Pairs.version(curator(), SCHOOL, id));
        return as(curator()).body(withVersion).post(MENTORSHIPS + "/" + id + "/" + action).then();
    }

    private static long count(String query) {
        return ((Number) as(curator()).get(MENTORSHIPS + "?size=1&" + query).then().statusCode(200).extract()
                .path("total")).longValue();
    }

    @Test
    void aCuratorPutsAPairTogetherAndItAwaitsAnOrder() {
        String mentorName = unique("Кузнецова Ольга Ивановна");
        String menteeName = unique("Орлов Никита");
        UUID mentor = Pairs.mentor(curator(), SCHOOL, mentorName, 2);
        UUID mentee = Pairs.mentee(curator(), SCHOOL, menteeName);
        UUID id = UUID.fromString(create(Pairs.pairBody(mentor, mentee)).statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("mentor.fullName", equalTo(mentorName))
                .body("mentees.fullName", contains(menteeName))
                .body("origin", equalTo("MANUAL"))
                .body("order", nullValue())
                .body("allowedActions", contains("APPROVE", "TERMINATE"))
                .extract().path("id"));
        as(curator()).get(MENTORSHIPS + "/" + id + "/events").then().statusCode(200)
                .body("kind", contains("PROPOSED"))
                .body("[0].toStatus", equalTo("PROPOSED"))
                .body("[0].actorLogin", equalTo("school"))
                .body("[0].actorName", equalTo("Тестовый пользователь school"));
    }

    @Test
    void onlyParticipantsWithAConsentInForceCanBeInAPair() {
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник"), 3);
        String name = unique("Без согласия");
        UUID withoutConsent = UUID.fromString(as(curator())
                .body(Map.of("kind", "PUPIL", "fullName", name, "menteeCandidate", true)).post(PARTICIPANTS).then()
                .statusCode(201).extract().path("id"));
        long before = count("");
        create(Pairs.pairBody(mentor, withoutConsent)).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("menteeIds"))
                .body("errors[0].message", equalTo(name + ": нет действующего согласия на обработку персональных данных"));

        UUID mentee = Pairs.mentee(curator(), SCHOOL, unique("Наставляемый"));
        UUID withdrawnMentor = Pairs.mentor(curator(), SCHOOL, unique("Отозвавший"), 3);
        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post(PARTICIPANTS + "/" + withdrawnMentor + "/consents/withdraw").then().statusCode(200);
        create(Pairs.pairBody(withdrawnMentor, mentee)).statusCode(400)
                .body("errors[0].field", equalTo("mentorId"))
                .body("errors[0].message", containsString("нет действующего согласия"));
        assertThat(count("")).isEqualTo(before);
    }

    @Test
    void theMentorMustBeAMentorCandidateAndTheMenteesMenteeCandidatesOfTheSameSchool() {
        UUID pupil = Pairs.mentee(curator(), SCHOOL, unique("Ученик"));
        UUID other = Pairs.mentee(curator(), SCHOOL, unique("Другой ученик"));
        create(Pairs.pairBody(pupil, other)).statusCode(400)
                .body("errors[0].field", equalTo("mentorId"))
                .body("errors[0].message", containsString("не отмечен как кандидат в наставники"));
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник"), 3);
        UUID anotherMentor = Pairs.mentor(curator(), SCHOOL, unique("Второй наставник"), 3);
        create(Pairs.pairBody(mentor, anotherMentor)).statusCode(400)
                .body("errors[0].field", equalTo("menteeIds"))
                .body("errors[0].message", containsString("не отмечен как кандидат в наставляемые"));
        create(Pairs.pairBody(mentor, mentor)).statusCode(400)
                .body("errors.message", hasItem("Наставник не может быть наставляемым в своей паре"));
        UUID foreign = Pairs.mentee(Tokens.school2(), Demo.SCHOOL_B1, unique("Ученик другой школы"));
        create(Pairs.pairBody(mentor, foreign)).statusCode(400)
                .body("errors[0].message", equalTo("Наставляемый не найден среди участников организации"));
    }

    @Test
    void theProgrammeLastsFromThreeToTwelveMonths() {
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник"), 3);
        UUID mentee = Pairs.mentee(curator(), SCHOOL, unique("Наставляемый"));
        LocalDate start = LocalDate.of(2026, 9, 1);
        long before = count("");
        create(Pairs.body("TEACHER_PUPIL", "TRADITIONAL", mentor, List.of(mentee), start, start.plusMonths(2)))
                .statusCode(400).body("errors[0].field", equalTo("plannedEnd"))
                .body("errors[0].message",
                        equalTo("Программа наставничества длится от 3 до 12 месяцев: окончание не раньше 01.12.2026"));
        create(Pairs.body("TEACHER_PUPIL", "TRADITIONAL", mentor, List.of(mentee), start, start.plusMonths(13)))
                .statusCode(400).body("errors[0].message", containsString("окончание не позже 01.09.2027"));
        create(Pairs.body("TEACHER_PUPIL", "TRADITIONAL", mentor, List.of(mentee), start, start.minusDays(1)))
                .statusCode(400).body("errors[0].message", equalTo("Дата окончания должна быть позже даты начала"));
        Map<String, Object> missing = Pairs.pairBody(mentor, mentee);
        missing.remove("plannedEnd");
        missing.put("menteeIds", List.of());
        create(missing).statusCode(400)
                .body("errors.field", allOf(hasItem("plannedEnd"), hasItem("menteeIds")))
                .body("errors.message", hasItem("Выберите хотя бы одного наставляемого"));
        assertThat(count("")).isEqualTo(before);
        create(Pairs.body("TEACHER_PUPIL", "TRADITIONAL", mentor, List.of(mentee), start, start.plusMonths(12)))
                .statusCode(201);
    }

    @Test
    void aGroupHasSeveralMenteesWithinTheMentorsCapacity() {
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник группы"), 3);
        UUID a = Pairs.mentee(curator(), SCHOOL, unique("Первый"));
        UUID b = Pairs.mentee(curator(), SCHOOL, unique("Второй"));
        UUID c = Pairs.mentee(curator(), SCHOOL, unique("Третий"));
        UUID d = Pairs.mentee(curator(), SCHOOL, unique("Четвёртый"));
        LocalDate start = LocalDate.now();
        create(Pairs.body("TEACHER_PUPIL", "GROUP", mentor, List.of(a), start, start.plusMonths(6))).statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("В групповом наставничестве не меньше двух наставляемых"));
        create(Pairs.body("TEACHER_PUPIL", "GROUP", mentor, List.of(a, b, c, d), start, start.plusMonths(6)))
                .statusCode(400).body("errors[0].field", equalTo("mentorId"))
                .body("errors[0].message", containsString("может вести одновременно наставляемых: 3"));
        create(Pairs.body("TEACHER_PUPIL", "GROUP", mentor, List.of(a, b), start, start.plusMonths(6)))
                .statusCode(201).body("mentees", org.hamcrest.Matchers.hasSize(2));
        // proposed mentorships already take the places: only one is left
        create(Pairs.body("PUPIL_PUPIL", "GROUP", mentor, List.of(c, d), start, start.plusMonths(6)))
                .statusCode(400).body("errors[0].message", containsString("уже ведёт или предложено: 2"));
        create(Pairs.body("PUPIL_PUPIL", "TRADITIONAL", mentor, List.of(c), start, start.plusMonths(6)))
                .statusCode(201);
    }

    @Test
    void aMenteeIsInAtMostOneOpenMentorshipOfAForm() {
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник"), 5);
        UUID second = Pairs.mentor(curator(), SCHOOL, unique("Другой наставник"), 5);
        String name = unique("Занятый ученик");
        UUID mentee = Pairs.mentee(curator(), SCHOOL, name);
        UUID first = createPair(mentor, mentee);
        create(Pairs.pairBody(second, mentee)).statusCode(400)
                .body("errors[0].field", equalTo("menteeIds"))
                .body("errors[0].message", equalTo(name + " уже состоит в незавершённой паре (группе) формы «учитель — ученик»"));
        Map<String, Object> otherForm = Pairs.pairBody(second, mentee);
        otherForm.put("form", "STUDENT_PUPIL");
        create(otherForm).statusCode(201);
        act(first, "terminate", Map.of("reason", "MUTUAL_DECISION")).statusCode(200);
        create(Pairs.pairBody(second, mentee)).statusCode(201);
    }

    @Test
    void aPairGoesThroughItsWholeLifeAndEveryStepIsInItsHistory() {
        UUID id = Pairs.proposedPair(curator(), SCHOOL);
        String number = Pairs.orderNumber();
        as(curator()).body(Pairs.orderBody(number, List.of(id))).post(ORDERS).then().statusCode(201)
                .body("number", equalTo(number)).body("rows.mentorshipId", contains(id.toString()));
        get(id).body("status", equalTo("APPROVED")).body("order.number", equalTo(number))
                .body("allowedActions", contains("ACTIVATE", "TERMINATE"));

        act(id, "activate", Map.of()).statusCode(200).body("status", equalTo("ACTIVE"))
                .body("startedOn", equalTo(LocalDate.now().toString()))
                .body("allowedActions", contains("COMPLETE", "RESCHEDULE", "TERMINATE"));

        LocalDate start = LocalDate.now();
        List<Map<String, Object>> agreed = Pairs.agreements(curator(), SCHOOL, id);
        act(id, "reschedule", Map.of("plannedEnd", start.plusMonths(9).toString(), "reason",
                "Наставляемый готовится к олимпиаде", "agreements", agreed)).statusCode(200)
                .body("plannedEnd", equalTo(start.plusMonths(9).toString()));
        act(id, "reschedule", Map.of("plannedEnd", start.plusMonths(4).toString(), "reason",
                "Цели достигнуты раньше", "agreements", agreed)).statusCode(200);
        act(id, "reschedule", Map.of("plannedEnd", start.plusMonths(14).toString(), "reason", "Ещё год",
                "agreements", agreed)).statusCode(400).body("errors[0].field", equalTo("plannedEnd"));
        act(id, "reschedule", Map.of("plannedEnd", start.plusMonths(5).toString(), "agreements", agreed))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("Укажите причину изменения срока"));

        act(id, "complete", Map.of("outcome", "EFFECTIVE", "finalMeetingHeld", true, "comment",
                "Программа выполнена")).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("endedOn", equalTo(LocalDate.now().toString()))
                .body("outcome", equalTo("EFFECTIVE"))
                .body("allowedActions", org.hamcrest.Matchers.empty());

        as(curator()).get(MENTORSHIPS + "/" + id + "/events").then().statusCode(200)
                .body("kind", contains("PROPOSED", "APPROVED", "ACTIVATED", "EXTENDED", "SHORTENED", "COMPLETED"))
                .body("[1].fromStatus", equalTo("PROPOSED"))
                .body("[1].toStatus", equalTo("APPROVED"))
                .body("[1].order.number", equalTo(number))
                .body("[3].oldEnd", equalTo(start.plusMonths(6).toString()))
                .body("[3].newEnd", equalTo(start.plusMonths(9).toString()))
                .body("[3].comment", equalTo("Наставляемый готовится к олимпиаде"))
                .body("[3].agreements.side", contains("MENTOR", "MENTEE"))
                .body("[3].agreements[1].givenBy", equalTo("PARENT"))
                .body("[4].newEnd", equalTo(start.plusMonths(4).toString()))
                .body("[5].toStatus", equalTo("COMPLETED"))
                .body("[5].comment", equalTo("Программа выполнена"))
                .body("actorName", org.hamcrest.Matchers.everyItem(equalTo("Тестовый пользователь school")));
    }

    @Test
    void changesTheLifecycleDoesNotAllowAreRefusedWith409NamingBothStatuses() {
        UUID proposed = Pairs.proposedPair(curator(), SCHOOL);
        act(proposed, "activate", Map.of()).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:nastavnik:problem:illegal-transition"))
                .body("detail", allOf(containsString("«Предложена» (PROPOSED)"), containsString("«Действует» (ACTIVE)")));
        act(proposed, "complete", Map.of()).statusCode(409)
                .body("detail", containsString("«Завершена» (COMPLETED)"));
        act(proposed, "reschedule", Map.of("plannedEnd", LocalDate.now().plusMonths(8).toString(), "reason", "Причина",
                "agreements", Pairs.agreements(curator(), SCHOOL, proposed)))
                .statusCode(409).body("detail", containsString("«Предложена» (PROPOSED)"));

        UUID approved = Pairs.approvedPair(curator(), SCHOOL);
        act(approved, "complete", Map.of()).statusCode(409)
                .body("detail", allOf(containsString("«Утверждена» (APPROVED)"), containsString("(COMPLETED)")));

        act(proposed, "terminate", Map.of("reason", "CURATOR_DECISION", "comment", "Пара не сложилась"))
                .statusCode(200).body("status", equalTo("TERMINATED"));
        act(proposed, "terminate", Map.of("reason", "CURATOR_DECISION")).statusCode(409)
                .body("detail", allOf(containsString("«Прекращена» (TERMINATED)"), containsString("«Прекращена» (TERMINATED)")));
        act(proposed, "activate", Map.of()).statusCode(409);
        get(proposed).body("status", equalTo("TERMINATED")).body("allowedActions", org.hamcrest.Matchers.empty());
        as(curator()).get(MENTORSHIPS + "/" + proposed + "/events").then().body("kind", contains("PROPOSED", "TERMINATED"));
    }

    @Test
    void anOrderApprovesAllItsPairsOrNone() {
        UUID first = Pairs.proposedPair(curator(), SCHOOL);
        UUID alreadyApproved = Pairs.approvedPair(curator(), SCHOOL);
        String number = Pairs.orderNumber();
        as(curator()).body(Pairs.orderBody(number, List.of(first, alreadyApproved))).post(ORDERS).then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:illegal-transition"))
                .body("detail", containsString("«Утверждена» (APPROVED)"));
        get(first).body("status", equalTo("PROPOSED")).body("order", nullValue());
        as(curator()).get(ORDERS + "?size=100").then().body("items.number", org.hamcrest.Matchers.not(hasItem(number)));

        as(curator()).body(Pairs.orderBody(number, List.of(first, UUID.randomUUID()))).post(ORDERS).then()
                .statusCode(400).body("errors[0].field", equalTo("mentorshipIds"));
        as(curator()).body(Pairs.orderBody(number, List.of())).post(ORDERS).then().statusCode(400)
                .body("errors[0].message", equalTo("Выберите хотя бы одну предложенную пару"));
        get(first).body("status", equalTo("PROPOSED"));
    }

    @Test
    void anOrderNumberIsUniqueInTheSchoolWithinAYear() {
        String number = Pairs.orderNumber();
        Pairs.issueOrderNumbered(curator(), SCHOOL, number, LocalDate.now(), Pairs.proposedPair(curator(), SCHOOL));
        UUID next = Pairs.proposedPair(curator(), SCHOOL);
        Map<String, Object> same = Pairs.orderBody(" " + number.toUpperCase() + " ", List.of(next));
        as(curator()).body(same).post(ORDERS).then().statusCode(400)
                .body("errors[0].field", equalTo("number"))
                .body("errors[0].message", equalTo("Приказ № " + number.toUpperCase() + " уже издан в "
                        + LocalDate.now().getYear() + " году"));
        get(next).body("status", equalTo("PROPOSED"));
        same.put("date", LocalDate.now().minusYears(1).toString());
        as(curator()).body(same).post(ORDERS).then().statusCode(201);
        Pairs.issueOrderNumbered(Tokens.school2(), Demo.SCHOOL_B1, number, LocalDate.now(),
                Pairs.proposedPair(Tokens.school2(), Demo.SCHOOL_B1));
    }

    @Test
    void terminationNeedsAGroundFromTheRegulation() {
        UUID id = Pairs.approvedPair(curator(), SCHOOL);
        act(id, "terminate", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("Выберите основание прекращения"));
        act(id, "terminate", Map.of("reason", "CONSENT_WITHDRAWN")).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        act(id, "terminate", Map.of("reason", "ASTROLOGY")).statusCode(400);
        get(id).body("status", equalTo("APPROVED"));
        act(id, "terminate", Map.of("reason", "MENTEE_INITIATIVE", "comment", "Переезд в другой город"))
                .statusCode(200).body("status", equalTo("TERMINATED"))
                .body("terminationReason", equalTo("MENTEE_INITIATIVE"))
                .body("terminationComment", equalTo("Переезд в другой город"))
                .body("endedOn", equalTo(LocalDate.now().toString()));
        as(curator()).get(MENTORSHIPS + "/" + id + "/events").then()
                .body("[2].kind", equalTo("TERMINATED"))
                .body("[2].fromStatus", equalTo("APPROVED"))
                .body("[2].reason", equalTo("MENTEE_INITIATIVE"))
                .body("[2].comment", equalTo("Переезд в другой город"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        UUID id = Pairs.approvedPair(curator(), SCHOOL);
        int version = Pairs.version(curator(), SCHOOL, id);
        act(id, "activate", Map.of("version", version)).statusCode(200);
        act(id, "terminate", Map.of("version", version, "reason", "MUTUAL_DECISION")).statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:conflict"));
        as(curator()).body(Map.of("reason", "MUTUAL_DECISION")).post(MENTORSHIPS + "/" + id + "/terminate").then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        get(id).body("status", equalTo("ACTIVE"));
    }

    @Test
    void withdrawingConsentStopsThePairsOfThatPersonAtOnce() {
        UUID mentor = Pairs.mentor(curator(), SCHOOL, unique("Наставник"), 5);
        UUID alone = Pairs.mentee(curator(), SCHOOL, unique("Единственный"));
        String leavingName = unique("Уходящий");
        UUID leaving = Pairs.mentee(curator(), SCHOOL, leavingName);
        UUID staying = Pairs.mentee(curator(), SCHOOL, unique("Остающийся"));
        UUID pair = createPair(mentor, alone);
        LocalDate start = LocalDate.now();
        UUID group = UUID.fromString(create(Pairs.body("PUPIL_PUPIL", "GROUP", mentor, List.of(leaving, staying),
                start, start.plusMonths(6))).statusCode(201).extract().path("id"));
        Pairs.issueOrder(curator(), SCHOOL, List.of(pair, group));
        act(group, "activate", Map.of()).statusCode(200);

        withdraw(alone);
        get(pair).body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("CONSENT_WITHDRAWN"));
        as(curator()).get(MENTORSHIPS + "/" + pair + "/events").then().body("kind", hasItem("TERMINATED"))
                .body("find { it.kind == 'TERMINATED' }.reason", equalTo("CONSENT_WITHDRAWN"));

        withdraw(leaving);
        get(group).body("status", equalTo("ACTIVE"))
                .body("mentees.find { it.fullName == '" + leavingName + "' }.removedOn",
                        equalTo(LocalDate.now().toString()))
                .body("mentees.findAll { it.removedOn == null }.id", contains(staying.toString()));
        as(curator()).get(MENTORSHIPS + "/" + group + "/events").then()
                .body("find { it.kind == 'MENTEE_REMOVED' }.participantName", equalTo(leavingName))
                .body("find { it.kind == 'MENTEE_REMOVED' }.reason", equalTo("CONSENT_WITHDRAWN"));

        withdraw(mentor);
        get(group).body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("CONSENT_WITHDRAWN"));
    }

    @Test
    void theListFiltersSortsAndPagesAndTheParticipantsListKnowsWhoIsMatched() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID mentor = Pairs.mentor(curator(), SCHOOL, "Яковлева " + tag, 5);
        UUID matched = Pairs.mentee(curator(), SCHOOL, "Борисов " + tag);
        UUID proposed = Pairs.mentee(curator(), SCHOOL, "Алексеев " + tag);
        UUID approvedPair = createPair(mentor, matched);
        Map<String, Object> shortTerm = Pairs.pairBody(mentor, proposed);
        shortTerm.put("kind", "SHORT_TERM");
        UUID proposedPair = UUID.fromString(create(shortTerm).statusCode(201).extract().path("id"));
        Pairs.issueOrder(curator(), SCHOOL, List.of(approvedPair));

        as(curator()).queryParam("q", tag).queryParam("sort", "mentor,asc").get(MENTORSHIPS).then().statusCode(200)
                .body("total", equalTo(2));
        as(curator()).queryParam("q", "алексеев " + tag).get(MENTORSHIPS).then()
                .body("items.id", contains(proposedPair.toString()));
        as(curator()).queryParam("q", tag).queryParam("status", "APPROVED").get(MENTORSHIPS).then()
                .body("items.id", contains(approvedPair.toString()));
        as(curator()).queryParam("q", tag).queryParam("kind", "SHORT_TERM").get(MENTORSHIPS).then()
                .body("items.id", contains(proposedPair.toString()));
        as(curator()).queryParam("participantId", matched).get(MENTORSHIPS).then()
                .body("items.id", contains(approvedPair.toString()));
        as(curator()).queryParam("q", tag).queryParam("size", 1).queryParam("page", 1).queryParam("sort",
                "createdAt,desc").get(MENTORSHIPS).then().body("items.id", contains(approvedPair.toString()))
                .body("total", equalTo(2)).body("page", equalTo(1));
        as(curator()).queryParam("sort", "astrology").get(MENTORSHIPS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));

        as(curator()).queryParam("q", tag).queryParam("matched", true).queryParam("sort", "fullName,asc")
                .get(PARTICIPANTS).then().statusCode(200)
                .body("items.id", contains(matched.toString(), mentor.toString()));
        as(curator()).queryParam("q", tag).queryParam("matched", false).get(PARTICIPANTS).then()
                .body("items.id", contains(proposed.toString()));
        act(approvedPair, "terminate", Map.of("reason", "MENTOR_INITIATIVE")).statusCode(200);
        as(curator()).queryParam("q", tag).queryParam("matched", true).get(PARTICIPANTS).then()
                .body("total", equalTo(0));
    }

    private static void withdraw(UUID participant) {
        as(curator()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post(PARTICIPANTS + "/" + participant + "/consents/withdraw").then().statusCode(200);
    }
}
