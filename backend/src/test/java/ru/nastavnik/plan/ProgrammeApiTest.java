package ru.nastavnik.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Programmes;
import ru.nastavnik.support.Tokens;

@QuarkusTest
class ProgrammeApiTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;

    @Inject
    EntityManager em;

    private static String curator() {
        return Tokens.school();
    }

    private static String path(UUID pair) {
        return Programmes.path(SCHOOL, pair);
    }

    private static JsonPath programme(UUID pair) {
        return as(curator()).get(path(pair)).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath mentorship(UUID pair) {
        return as(curator()).get(Pairs.mentorships(SCHOOL) + "/" + pair).then().statusCode(200).extract().jsonPath();
    }

    /** The programme as it is now, in the shape its update takes, to be changed and sent back. */
    private static Map<String, Object> current(UUID pair) {
        return Api.current(curator(), path(pair), "ProgrammeInput");
    }

    private static ValidatableResponse put(UUID pair, Map<String, Object> body) {
        return as(curator()).body(body).put(path(pair)).then();
    }

    private static ValidatableResponse addActivity(UUID pair, Map<String, Object> body) {
        return as(curator()).body(body).post(path(pair) + "/activities").then();
    }

    private static Map<String, Object> currentActivity(UUID pair, String activity) {
        return Api.current(curator(), path(pair) + "/activities/" + activity, "ProgrammeActivityInput");
    }

    private static ValidatableResponse putActivity(UUID pair, String activity, Map<String, Object> body) {
        return as(curator()).body(body).put(path(pair) + "/activities/" + activity).then();
    }

    private static ValidatableResponse agree(UUID pair, List<Map<String, Object>> agreements) {
        return as(curator()).body(Map.of("version", Programmes.version(curator(), SCHOOL, pair), "agreements",
                agreements)).post(path(pair) + "/agree").then();
    }

    private static List<Map<String, Object>> agreements(UUID pair) {
        return Pairs.agreements(curator(), SCHOOL, pair);
    }

    private static int revisions(UUID pair) {
        return as(curator()).get(path(pair) + "/revisions").then().statusCode(200).extract().jsonPath()
                .getList("").size();
    }

    @Test
    void aCuratorStartsTheProgrammeOfAnApprovedPairFromTheTemplateOfItsForm() {
        UUID pair = Pairs.approvedPair(curator(), SCHOOL);
        JsonPath m = mentorship(pair);
        LocalDate start = LocalDate.parse(m.getString("plannedStart"));
        LocalDate end = LocalDate.parse(m.getString("plannedEnd"));
        var created = as(curator()).body(Map.of("templateCode", Programmes.OLYMPIAD)).post(path(pair)).then()
                .statusCode(201)
                .header("Location", endsWith(path(pair)))
                .body("status", equalTo("DRAFT"))
                .body("mentorshipId", equalTo(pair.toString()))
                .body("templateTitle", equalTo("Подготовка одарённого ученика к олимпиадам и конкурсам"))
                .body("problem", containsString("высокие способности"))
                .body("mode", equalTo("MIXED"))
                .body("startsOn", equalTo(start.toString()))
                .body("endsOn", equalTo(end.toString()))
                .body("goals", hasSize(3))
                .body("goals[0].title", equalTo("Подготовиться к этапам всероссийской олимпиады школьников"))
                .body("allowedActions", contains("EDIT", "AGREE"))
                .body("parties.side", contains("MENTOR", "MENTEE"))
                .body("parties[0].minor", equalTo(false))
                .body("parties[1].minor", equalTo(true))
                .body("agreements", empty())
                .body("directions", contains("STUDY", "PROJECT", "CAREER", "CREATIVE", "SOCIAL"))
                .extract().jsonPath();
        List<Map<String, Object>> activities = created.getList("activities");
        assertThat(activities).hasSize(9);
        assertThat(activities).allSatisfy(a -> {
            LocalDate due = LocalDate.parse((String) a.get("dueOn"));
            assertThat(due).isBetween(start, end);
            assertThat(a.get("status")).isEqualTo("PLANNED");
            assertThat(a.get("version")).as("written once, as it is").isEqualTo(0);
            assertThat(a.get("goalId")).isIn(created.getList("goals.id"));
        });
        assertThat(activities.stream().map(a -> (String) a.get("dueOn")).toList()).isSorted();
        assertThat(activities.get(0).get("dueOn")).isEqualTo(start.plusDays(5).toString());
        assertThat(activities.get(8).get("title")).isEqualTo("Итоговая встреча: портфолио достижений и планы на следующий год");
        assertThat(activities.get(8).get("dueOn")).isEqualTo(end.toString());
        assertThat(programme(pair).getString("id")).isEqualTo(created.getString("id"));
    }

    @Test
    void everyFormsTemplateMakesAProgrammeThatPassesItsOwnRules() {
        List<Map<String, Object>> templates = as(curator()).get("/api/programme-templates").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(templates.stream().map(t -> t.get("form")).distinct()).hasSize(9);
        for (Map<String, Object> t : templates) {
            String form = (String) t.get("form");
            int n = new java.util.Random().nextInt(1_000_000);
            UUID mentor = Pairs.mentor(curator(), SCHOOL, "Наставник шаблона " + n, 1);
            UUID mentee = Pairs.mentee(curator(), SCHOOL, "Наставляемый шаблона " + n);
            LocalDate start = LocalDate.now();
            UUID pair = UUID.fromString(as(curator()).body(Pairs.body(form, "TRADITIONAL", mentor, List.of(mentee),
                    start, start.plusMonths(3))).post(Pairs.mentorships(SCHOOL)).then().statusCode(201).extract()
                    .path("id"));
            Pairs.issueOrder(curator(), SCHOOL, List.of(pair));
            JsonPath p = Programmes.create(curator(), SCHOOL, pair, (String) t.get("code"));
            assertThat(p.getList("activities")).as(t.get("code") + " activities")
                    .hasSameSizeAs((List<?>) t.get("activities"));
            assertThat(p.getList("activities.dueOn", String.class)).as(t.get("code") + " dates")
                    .allSatisfy(due -> assertThat(LocalDate.parse(due)).isBetween(start, start.plusMonths(3)));
            // the template's own content passes the update's checks and the agreement's completeness
            put(pair, current(pair)).statusCode(200);
            String activity = Programmes.firstActivity(curator(), SCHOOL, pair);
            putActivity(pair, activity, currentActivity(pair, activity)).statusCode(200);
            Programmes.agree(curator(), SCHOOL, pair);
        }
    }

    @Test
    void theTemplatesOfAFormAreListedForIt() {
        as(Tokens.muni()).queryParam("form", "HEAD_TEACHER").get("/api/programme-templates").then().statusCode(200)
                .body("code", contains("head-teacher-professional-growth"))
                .body("[0].activities.direction", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.oneOf("THEORETICAL", "REGULATORY", "SUBJECT", "PSYCHOLOGICAL",
                                "METHODICAL")));
        as(curator()).queryParam("form", "ASTROLOGY").get("/api/programme-templates").then().statusCode(400)
                .body("errors[0].field", equalTo("form"));
    }

    @Test
    void aProgrammeIsForAnApprovedOrActivePairAndThereIsOnlyOne() {
        UUID proposed = Pairs.proposedPair(curator(), SCHOOL);
        as(curator()).body(Map.of()).post(path(proposed)).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:programme-not-allowed"))
                .body("detail", containsString("«Предложена» (PROPOSED)"));
        as(curator()).get(path(proposed)).then().statusCode(404)
                .body("title", equalTo("У пары ещё нет программы наставничества"));

        UUID active = Pairs.activePair(curator(), SCHOOL);
        as(curator()).post(path(active)).then().statusCode(201).body("goals", empty()).body("activities", empty())
                .body("templateCode", nullValue()).body("mode", equalTo("IN_PERSON"));
        as(curator()).body(Map.of("templateCode", Programmes.OLYMPIAD)).post(path(active)).then().statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:programme-exists"));
        assertThat(programme(active).getList("goals")).isEmpty();

        UUID terminated = Pairs.approvedPair(curator(), SCHOOL);
        as(curator()).body(Map.of("version", Pairs.version(curator(), SCHOOL, terminated), "reason",
                "MUTUAL_DECISION")).post(Pairs.mentorships(SCHOOL) + "/" + terminated + "/terminate").then()
                .statusCode(200);
        as(curator()).body(Map.of()).post(path(terminated)).then().statusCode(409)
                .body("detail", containsString("«Прекращена» (TERMINATED)"));
    }

    @Test
    void aTemplateOfAnotherFormOrAnUnknownOneIsRefused() {
        UUID pair = Pairs.approvedPair(curator(), SCHOOL);
        as(curator()).body(Map.of("templateCode", "teacher-teacher-young-specialist")).post(path(pair)).then()
                .statusCode(400).body("errors[0].field", equalTo("templateCode"))
                .body("errors[0].message", equalTo("Шаблон «Адаптация молодого специалиста» — для формы «учитель — "
                        + "учитель», а пара — формы «учитель — ученик»"));
        as(curator()).body(Map.of("templateCode", "astrology")).post(path(pair)).then().statusCode(400)
                .body("errors[0].message", equalTo("Нет шаблона с кодом «astrology»"));
        as(curator()).get(path(pair)).then().statusCode(404);
    }

    @Test
    void theProgrammesTermLiesWithinThePairsAndKeepsItsActivities() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        JsonPath m = mentorship(pair);
        LocalDate start = LocalDate.parse(m.getString("plannedStart"));
        LocalDate end = LocalDate.parse(m.getString("plannedEnd"));
        int version = Programmes.version(curator(), SCHOOL, pair);

        Map<String, Object> early = current(pair);
        early.put("startsOn", start.minusDays(1).toString());
        put(pair, early).statusCode(400).body("errors[0].field", equalTo("startsOn"))
                .body("errors[0].message", equalTo("Программа начинается не раньше срока пары: с "
                        + date(start)));
        Map<String, Object> late = current(pair);
        late.put("endsOn", end.plusDays(1).toString());
        put(pair, late).statusCode(400).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", equalTo("Программа заканчивается не позже срока пары: " + date(end)));
        Map<String, Object> backwards = current(pair);
        backwards.put("endsOn", start.toString());
        put(pair, backwards).statusCode(400).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", equalTo("Окончание программы должно быть позже её начала"));
        Map<String, Object> shorter = current(pair);
        shorter.put("endsOn", end.minusDays(1).toString());
        put(pair, shorter).statusCode(400).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", allOf(containsString("Срок мероприятий позже окончания программы"),
                        containsString("«Итоговая встреча: портфолио достижений и планы на следующий год» ("
                                + date(end) + ")")));
        assertThat(programme(pair).getInt("version")).isEqualTo(version);
        assertThat(programme(pair).getString("endsOn")).isEqualTo(end.toString());

        Map<String, Object> note = current(pair);
        note.put("problem", "Ученик решает задачи быстрее класса и скучает на уроках");
        note.put("meetingWeekday", 2);
        note.put("meetingTime", "15:00");
        note.put("scheduleNote", "в кабинете 21");
        put(pair, note).statusCode(200).body("problem", equalTo("Ученик решает задачи быстрее класса и скучает на уроках"))
                .body("meetingWeekday", equalTo(2)).body("meetingTime", containsString("15:00"))
                .body("version", equalTo(version + 1));
        assertThat(revisions(pair)).as("a draft keeps no revisions").isZero();
        Map<String, Object> weekday = current(pair);
        weekday.put("meetingWeekday", 8);
        put(pair, weekday).statusCode(400).body("errors[0].field", equalTo("meetingWeekday"));
    }

    @Test
    void goalsHaveTitlesAndKeepTheirActivitiesWhenKept() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        Map<String, Object> body = current(pair);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> goals = (List<Map<String, Object>>) body.get("goals");
        goals.get(1).put("title", "  ");
        put(pair, body).statusCode(400).body("errors[0].field", equalTo("goals[1].title"))
                .body("errors[0].message", equalTo("Сформулируйте цель"));
        goals.get(1).put("id", UUID.randomUUID().toString());
        goals.get(1).put("title", "Чужая цель");
        put(pair, body).statusCode(400).body("errors[0].field", equalTo("goals[1].id"));

        Map<String, Object> fresh = current(pair);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kept = (List<Map<String, Object>>) fresh.get("goals");
        String first = (String) kept.get(0).get("id");
        String dropped = (String) kept.get(2).get("id");
        kept.remove(2);
        kept.add(Map.of("title", "Научиться выступать перед аудиторией", "tasks", "Выступить на классном часе"));
        JsonPath after = put(pair, fresh).statusCode(200).extract().jsonPath();
        assertThat(after.getList("goals.title", String.class)).containsExactly(
                "Подготовиться к этапам всероссийской олимпиады школьников", "Выполнить исследовательский проект",
                "Научиться выступать перед аудиторией");
        assertThat(after.getList("activities.goalId")).contains(first).doesNotContain(dropped);
    }

    @Test
    void anActivityIsDueWithinTheProgrammeAndOfADirectionOfThePairsForm() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        JsonPath p = programme(pair);
        LocalDate start = LocalDate.parse(p.getString("startsOn"));
        LocalDate end = LocalDate.parse(p.getString("endsOn"));
        int before = p.getList("activities").size();

        addActivity(pair, Programmes.activity("После срока", end.plusDays(1))).statusCode(400)
                .body("errors[0].field", equalTo("dueOn"))
                .body("errors[0].message", equalTo("Срок мероприятия — в пределах срока программы: с " + date(start)
                        + " по " + date(end)));
        Map<String, Object> teachers = Programmes.activity("Методическое", start.plusDays(7));
        teachers.put("direction", "METHODICAL");
        addActivity(pair, teachers).statusCode(400).body("errors[0].field", equalTo("direction"))
                .body("errors[0].message", equalTo("Направление «методическое» не подходит для формы «учитель — "
                        + "ученик». Подходят: учебное, проектное, профориентационное, творческое, социальное"));
        Map<String, Object> foreignGoal = Programmes.activity("Без цели", start.plusDays(7));
        foreignGoal.put("goalId", UUID.randomUUID().toString());
        addActivity(pair, foreignGoal).statusCode(400).body("errors[0].field", equalTo("goalId"));
        Map<String, Object> future = Programmes.activity("Выполнено завтра", start.plusDays(7));
        future.put("status", "DONE");
        future.put("doneOn", LocalDate.now().plusDays(1).toString());
        addActivity(pair, future).statusCode(400).body("errors[0].field", equalTo("doneOn"))
                .body("errors[0].message", equalTo("Дата выполнения ещё не наступила"));
        Map<String, Object> planned = Programmes.activity("Запланировано", start.plusDays(7));
        planned.put("doneOn", LocalDate.now().toString());
        addActivity(pair, planned).statusCode(400).body("errors[0].field", equalTo("doneOn"))
                .body("errors[0].message", equalTo("Дата выполнения указывается только у выполненного мероприятия"));
        Map<String, Object> untitled = Programmes.activity(" ", start.plusDays(7));
        untitled.remove("performer");
        addActivity(pair, untitled).statusCode(400).body("errors.field", allOf(hasItem("title"), hasItem("performer")));
        assertThat(programme(pair).getList("activities")).hasSize(before);

        Map<String, Object> done = Programmes.activity("Разбор олимпиады", start.plusDays(7));
        done.put("status", "DONE");
        done.put("result", "Решено 4 задачи из 5");
        done.put("goalId", p.getString("goals[0].id"));
        String id = addActivity(pair, done).statusCode(201)
                .header("Location", containsString(path(pair) + "/activities/"))
                .body("status", equalTo("DONE")).body("doneOn", equalTo(LocalDate.now().toString()))
                .body("result", equalTo("Решено 4 задачи из 5")).body("overdue", equalTo(false))
                .extract().path("id");
        assertThat(programme(pair).getList("activities.id")).contains(id).hasSize(before + 1);
    }

    @Test
    void agreementNeedsTheMentorAndEveryMenteeAMinorsThroughAParent() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        JsonPath m = mentorship(pair);
        String menteeName = m.getString("mentees[0].fullName");
        List<Map<String, Object>> all = agreements(pair);

        agree(pair, List.of(all.get(0))).statusCode(400).body("errors[0].field", equalTo("agreements"))
                .body("errors[0].message", equalTo("Нужно согласие наставника и каждого наставляемого; нет согласия: "
                        + menteeName + " (наставляемый)"));
        Map<String, Object> pupilHimself = new HashMap<>(all.get(1));
        pupilHimself.put("givenBy", "SELF");
        pupilHimself.put("giverName", menteeName);
        agree(pair, List.of(all.get(0), pupilHimself)).statusCode(400)
                .body("errors[0].field", equalTo("agreements[1].givenBy"))
                .body("errors[0].message", equalTo(menteeName + ": на дату согласия участнику нет 18 лет — согласие "
                        + "даёт родитель или законный представитель"));
        Map<String, Object> mentorsMother = new HashMap<>(all.get(0));
        mentorsMother.put("givenBy", "PARENT");
        agree(pair, List.of(mentorsMother, all.get(1))).statusCode(400)
                .body("errors[0].field", equalTo("agreements[0].givenBy"))
                .body("errors[0].message", containsString("совершеннолетний участник даёт согласие сам"));
        Map<String, Object> tomorrow = new HashMap<>(all.get(1));
        tomorrow.put("agreedOn", LocalDate.now().plusDays(1).toString());
        agree(pair, List.of(all.get(0), tomorrow)).statusCode(400)
                .body("errors[0].field", equalTo("agreements[1].agreedOn"));
        Map<String, Object> beforeDraft = new HashMap<>(all.get(0));
        beforeDraft.put("agreedOn", LocalDate.now().minusDays(1).toString());
        agree(pair, List.of(beforeDraft, all.get(1))).statusCode(400)
                .body("errors[0].field", equalTo("agreements[0].agreedOn"))
                .body("errors[0].message", containsString("раньше, чем программа была составлена"));
        Map<String, Object> stranger = new HashMap<>(all.get(1));
        stranger.put("participantId", Pairs.mentee(curator(), SCHOOL, "Посторонний " + UUID.randomUUID()).toString());
        agree(pair, List.of(all.get(0), all.get(1), stranger)).statusCode(400)
                .body("errors[0].field", equalTo("agreements[2].participantId"));
        agree(pair, List.of()).statusCode(400).body("errors[0].field", equalTo("agreements"));
        assertThat(programme(pair).getString("status")).isEqualTo("DRAFT");

        agree(pair, all).statusCode(200).body("status", equalTo("AGREED"))
                .body("agreedOn", equalTo(LocalDate.now().toString()))
                .body("allowedActions", contains("EDIT"))
                .body("agreements.side", contains("MENTOR", "MENTEE"))
                .body("agreements[1].participantName", equalTo(menteeName))
                .body("agreements[1].givenBy", equalTo("PARENT"))
                .body("agreements[1].giverName", equalTo("Родитель " + menteeName));
        agree(pair, all).statusCode(409).body("type", equalTo("urn:nastavnik:problem:programme-agreed"));
    }

    @Test
    void aGroupsProgrammeNeedsEveryMenteesAgreementAndAnEmptyDraftCannotBeAgreed() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID mentor = Pairs.mentor(curator(), SCHOOL, "Наставник группы " + tag, 3);
        UUID a = Pairs.mentee(curator(), SCHOOL, "Первый " + tag);
        UUID b = Pairs.mentee(curator(), SCHOOL, "Второй " + tag);
        LocalDate start = LocalDate.now();
        UUID group = UUID.fromString(as(curator()).body(Pairs.body("PUPIL_PUPIL", "GROUP", mentor, List.of(a, b),
                start, start.plusMonths(9))).post(Pairs.mentorships(SCHOOL)).then().statusCode(201).extract()
                .path("id"));
        Pairs.issueOrder(curator(), SCHOOL, List.of(group));
        Programmes.create(curator(), SCHOOL, group, null);
        List<Map<String, Object>> all = agreements(group);
        agree(group, all).statusCode(409)
                .body("type", equalTo("urn:nastavnik:problem:programme-incomplete"))
                .body("detail", equalTo("Перед согласованием заполните: описание проблемы, хотя бы одну цель, хотя "
                        + "бы одно мероприятие плана."));

        Map<String, Object> note = current(group);
        note.put("problem", "Двоим ученикам трудно даётся геометрия");
        note.put("goals", List.of(Map.of("title", "Закрыть пробелы по геометрии")));
        put(group, note).statusCode(200);
        addActivity(group, Programmes.activity("Разбор задач на площади", start.plusDays(14))).statusCode(201);
        String second = mentorship(group).getString("mentees.find { it.id == '" + b + "' }.fullName");
        agree(group, all.stream().filter(x -> !x.get("participantId").equals(b.toString())).toList()).statusCode(400)
                .body("errors[0].field", equalTo("agreements"))
                .body("errors[0].message", endsWith("нет согласия: " + second + " (наставляемый)"));
        agree(group, all).statusCode(200).body("agreements", hasSize(3))
                .body("agreements.side", contains("MENTOR", "MENTEE", "MENTEE"));
    }

    @Test
    void afterAgreementEveryChangeOfThePlanNeedsAReasonAndBecomesARevision() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        Programmes.agree(curator(), SCHOOL, pair);
        JsonPath agreed = programme(pair);
        LocalDate start = LocalDate.parse(agreed.getString("startsOn"));

        Map<String, Object> note = current(pair);
        note.put("problem", "Новое описание проблемы");
        put(pair, note).statusCode(400).body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", equalTo("Программа уже согласована: укажите причину изменения"));
        assertThat(programme(pair).getString("problem")).isEqualTo(agreed.getString("problem"));
        note.put("reason", "Итоги школьного этапа олимпиады");
        note.put("mode", "IN_PERSON");
        put(pair, note).statusCode(200).body("problem", equalTo("Новое описание проблемы"));
        as(curator()).get(path(pair) + "/revisions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].reason", equalTo("Итоги школьного этапа олимпиады"))
                .body("[0].summary", equalTo("Изменены описание проблемы; режим работы: смешанный → очный"))
                .body("[0].actorName", equalTo("Тестовый пользователь school"))
                .body("[0].actorLogin", equalTo("school"))
                .body("[0].snapshot.problem", equalTo("Новое описание проблемы"))
                .body("[0].snapshot.status", equalTo("AGREED"));
        Map<String, Object> unchanged = current(pair);
        unchanged.put("reason", "Ничего не меняю");
        put(pair, unchanged).statusCode(200);
        assertThat(revisions(pair)).as("an update that changes nothing is no revision").isEqualTo(1);

        Map<String, Object> added = Programmes.activity("Пробный тур муниципального этапа", start.plusDays(20));
        addActivity(pair, added).statusCode(400).body("errors[0].field", equalTo("reason"));
        added.put("reason", "Добавили пробный тур по просьбе ученика");
        String id = addActivity(pair, added).statusCode(201).extract().path("id");

        Map<String, Object> progress = currentActivity(pair, id);
        progress.put("status", "DONE");
        progress.put("result", "Пройден, 32 балла из 40");
        putActivity(pair, id, progress).statusCode(200).body("status", equalTo("DONE"));
        assertThat(revisions(pair)).as("recording progress is no change of the plan").isEqualTo(2);

        Map<String, Object> moved = currentActivity(pair, id);
        moved.put("dueOn", start.plusDays(21).toString());
        putActivity(pair, id, moved).statusCode(400).body("errors[0].field", equalTo("reason"));
        moved.put("reason", "Тур перенесли на день");
        putActivity(pair, id, moved).statusCode(200).body("dueOn", equalTo(start.plusDays(21).toString()));

        int version = (Integer) currentActivity(pair, id).get("version");
        as(curator()).queryParam("version", version).delete(path(pair) + "/activities/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as(curator()).queryParam("version", version).queryParam("reason", "Тур отменили")
                .delete(path(pair) + "/activities/" + id).then().statusCode(204);
        as(curator()).get(path(pair) + "/activities/" + id).then().statusCode(404);

        as(curator()).get(path(pair) + "/revisions").then().statusCode(200)
                .body("reason", contains("Тур отменили", "Тур перенесли на день",
                        "Добавили пробный тур по просьбе ученика", "Итоги школьного этапа олимпиады"))
                .body("[0].summary", equalTo("Удалено мероприятие «Пробный тур муниципального этапа» (срок "
                        + date(start.plusDays(21)) + ")"))
                .body("[1].summary", equalTo("Изменено мероприятие «Пробный тур муниципального этапа»: срок: "
                        + date(start.plusDays(20)) + " → " + date(start.plusDays(21))))
                .body("[2].summary", equalTo("Добавлено мероприятие «Пробный тур муниципального этапа» (учебное, срок "
                        + date(start.plusDays(20)) + ")"))
                .body("[0].snapshot.activities.title", org.hamcrest.Matchers.not(
                        hasItem("Пробный тур муниципального этапа")))
                .body("[1].snapshot.activities.title", hasItem("Пробный тур муниципального этапа"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        Map<String, Object> first = current(pair);
        Map<String, Object> second = current(pair);
        first.put("conditions", "Кабинет 21");
        put(pair, first).statusCode(200);
        second.put("conditions", "Кабинет 22");
        put(pair, second).statusCode(409).body("type", equalTo("urn:nastavnik:problem:conflict"));
        second.remove("version");
        put(pair, second).statusCode(400).body("errors[0].field", equalTo("version"));
        assertThat(programme(pair).getString("conditions")).isEqualTo("Кабинет 21");

        as(curator()).body(Map.of("version", 0, "agreements", agreements(pair))).post(path(pair) + "/agree").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:conflict"));

        String activity = Programmes.firstActivity(curator(), SCHOOL, pair);
        Map<String, Object> a = currentActivity(pair, activity);
        Map<String, Object> b = currentActivity(pair, activity);
        a.put("status", "IN_PROGRESS");
        putActivity(pair, activity, a).statusCode(200);
        b.put("status", "CANCELLED");
        putActivity(pair, activity, b).statusCode(409);
        as(curator()).queryParam("version", b.get("version")).delete(path(pair) + "/activities/" + activity).then()
                .statusCode(409);
        as(curator()).delete(path(pair) + "/activities/" + activity).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        assertThat(programme(pair).getString("activities.find { it.id == '" + activity + "' }.status"))
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void theProgrammeOfAnEndedPairIsItsRecordAndNoLongerChanges() {
        UUID pair = Pairs.activePair(curator(), SCHOOL);
        Programmes.create(curator(), SCHOOL, pair, Programmes.OLYMPIAD);
        Programmes.agree(curator(), SCHOOL, pair);
        String activity = Programmes.firstActivity(curator(), SCHOOL, pair);
        Map<String, Object> note = current(pair);
        note.put("reason", "Поздно");
        Map<String, Object> change = currentActivity(pair, activity);
        change.put("reason", "Поздно");
        Pairs.complete(curator(), SCHOOL, pair, Map.of("comment", "Программа выполнена"));

        put(pair, note).statusCode(409).body("type", equalTo("urn:nastavnik:problem:programme-closed"))
                .body("detail", containsString("«Завершена»"));
        addActivity(pair, Map.of("direction", "STUDY", "title", "Ещё", "dueOn", LocalDate.now().toString(),
                "performer", "BOTH", "reason", "Поздно")).statusCode(409);
        putActivity(pair, activity, change).statusCode(409);
        as(curator()).queryParam("version", change.get("version")).queryParam("reason", "Поздно")
                .delete(path(pair) + "/activities/" + activity).then().statusCode(409);
        as(curator()).get(path(pair)).then().statusCode(200).body("allowedActions", empty())
                .body("status", equalTo("AGREED"));
        assertThat(revisions(pair)).isZero();
        as(curator()).get(path(pair) + "/docx").then().statusCode(200);
    }

    @Test
    void shorteningThePairBringsTheProgrammesEndAndLateActivitiesAlong() {
        UUID pair = Pairs.activePair(curator(), SCHOOL);
        Programmes.create(curator(), SCHOOL, pair, Programmes.OLYMPIAD);
        Programmes.agree(curator(), SCHOOL, pair);
        JsonPath before = programme(pair);
        LocalDate oldEnd = LocalDate.parse(before.getString("endsOn"));
        LocalDate longer = oldEnd.plusMonths(1);
        as(curator()).body(Pairs.rescheduleBody(curator(), SCHOOL, pair, longer, "Подготовка к региональному этапу"))
                .post(Pairs.mentorships(SCHOOL) + "/" + pair + "/reschedule").then().statusCode(200);
        assertThat(programme(pair).getString("endsOn")).as("an extension leaves the programme as agreed")
                .isEqualTo(oldEnd.toString());

        LocalDate shorter = LocalDate.parse(mentorship(pair).getString("plannedStart")).plusMonths(4);
        List<String> late = before.<Map<String, Object>>getList("activities").stream()
                .filter(a -> LocalDate.parse((String) a.get("dueOn")).isAfter(shorter))
                .map(a -> (String) a.get("title")).toList();
        assertThat(late).isNotEmpty();
        as(curator()).body(Pairs.rescheduleBody(curator(), SCHOOL, pair, shorter, "Цели достигнуты раньше"))
                .post(Pairs.mentorships(SCHOOL) + "/" + pair + "/reschedule").then().statusCode(200);
        JsonPath after = programme(pair);
        assertThat(after.getString("endsOn")).isEqualTo(shorter.toString());
        assertThat(after.getList("activities.dueOn", String.class))
                .allSatisfy(due -> assertThat(LocalDate.parse(due)).isBeforeOrEqualTo(shorter));
        as(curator()).get(path(pair) + "/revisions").then().statusCode(200).body("", hasSize(1))
                .body("[0].reason", equalTo("Изменение срока пары по взаимному согласию: Цели достигнуты раньше"))
                .body("[0].summary", allOf(org.hamcrest.Matchers.startsWith("Окончание программы вслед за сроком пары: "
                        + date(oldEnd) + " → " + date(shorter)), containsString("«" + late.get(0) + "»")));
    }

    @Test
    void anActivityWorkedOnInTheDiaryIsCancelledRatherThanDeleted() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        String activity = Programmes.firstActivity(curator(), SCHOOL, pair);
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "school", null, null, SCHOOL);
            UUID meeting = UUID.randomUUID();
            em.createNativeQuery("""
                    INSERT INTO meeting (id, mentorship_id, school_id, kind, held, held_on, format, topic,
                                         recorded_via, recorded_by)
                    VALUES (:id, :pair, :school, 'REGULAR', true, current_date, 'IN_PERSON', 'Разбор задач',
                            'CURATOR', 'Куратор')
                    """).setParameter("id", meeting).setParameter("pair", pair).setParameter("school", SCHOOL)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO meeting_activity (meeting_id, activity_id) VALUES (:m, :a)")
                    .setParameter("m", meeting).setParameter("a", UUID.fromString(activity)).executeUpdate();
        });
        int version = (Integer) currentActivity(pair, activity).get("version");
        as(curator()).queryParam("version", version).delete(path(pair) + "/activities/" + activity).then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:activity-in-diary"));
        Map<String, Object> cancel = currentActivity(pair, activity);
        cancel.put("status", "CANCELLED");
        putActivity(pair, activity, cancel).statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anotherSchoolsProgrammeIsNotFound() {
        UUID pair = Programmes.draftedPair(curator(), SCHOOL);
        as(Tokens.forSchool(Demo.SCHOOL_A2)).get(Programmes.path(Demo.SCHOOL_A2, pair)).then().statusCode(404);
        as(Tokens.forSchool(Demo.SCHOOL_A2)).get(Programmes.path(SCHOOL, pair)).then().statusCode(404);
    }

    private static String date(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
