package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.Matching.acceptBody;
import static ru.nastavnik.support.Matching.freshSchool;
import static ru.nastavnik.support.Matching.olderPupil;
import static ru.nastavnik.support.Matching.pupil;
import static ru.nastavnik.support.Matching.ranks;
import static ru.nastavnik.support.Matching.runBody;
import static ru.nastavnik.support.Matching.startRun;
import static ru.nastavnik.support.Matching.teacher;
import static ru.nastavnik.support.Matching.unique;
import static ru.nastavnik.support.Matching.youngSpecialist;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Api;
import ru.nastavnik.support.Matching;
import ru.nastavnik.support.Matching.School;
import ru.nastavnik.support.Pairs;

/** A school's match runs through the API: what they propose, why, and what the curator does with it. */
@QuarkusTest
class MatchRunApiTest {

    private static final String AFTER_LESSONS = "Понедельник и среда после 15:00";

    private static JsonPath run(School s, Map<String, Object> body) {
        return startRun(s.token(), s.runs(), body).then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath run(School s, String form) {
        return run(s, runBody(form));
    }

    /** "mentor — mentee" of every proposal, as names. */
    private static List<String> pairs(JsonPath run) {
        List<Map<String, Object>> proposals = run.getList("proposals");
        return proposals.stream().map(p -> name(p, "mentor") + " — " + name(p, "mentee")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> proposal, String side) {
        return (String) ((Map<String, Object>) proposal.get(side)).get("fullName");
    }

    private static String proposalOf(JsonPath run, UUID mentee) {
        return run.getString("proposals.find { it.mentee.id == '" + mentee + "' }.id");
    }

    private static Map<String, Object> weights(int requests, int difficulties, int availability, int experience,
            int menteePreference, int mentorPreference) {
        return Map.of("requests", requests, "difficulties", difficulties, "availability", availability, "experience",
                experience, "menteePreference", menteePreference, "mentorPreference", mentorPreference);
    }

    private static Map<String, Object> requestsOnly(String form) {
        Map<String, Object> body = runBody(form);
        body.put("weights", weights(1000, 0, 0, 0, 0, 0));
        return body;
    }

    @Test
    void aRunPairsEachMenteeWithTheMentorWhoCoversTheirRequestsAndExplainsWhy() {
        School s = freshSchool();
        teacher(s, "Волкова Татьяна", 26, 1, AFTER_LESSONS, "subject-math", "lesson-planning");
        teacher(s, "Белова Ирина", 31, 1, "Пятница после 14:00", "subject-russian", "parents-work");
        UUID zakharova = youngSpecialist(s, "Захарова Алина", 0, "Понедельник после 15:00", "lesson-planning");
        youngSpecialist(s, "Морозова Дарья", 0, "Пятница после 14:00", "parents-work");

        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(pairs(run)).containsExactly("Белова Ирина — Морозова Дарья", "Волкова Татьяна — Захарова Алина");
        assertThat(run.getInt("run.mentors")).isEqualTo(2);
        assertThat(run.getInt("run.mentees")).isEqualTo(2);
        assertThat(run.getInt("run.matched")).isEqualTo(2);
        assertThat(run.getString("run.status")).isEqualTo("OPEN");
        assertThat(run.getString("run.scope")).isEqualTo("SCHOOL");
        assertThat(run.getInt("run.weights.requests")).isEqualTo(40);
        assertThat(run.getList("unmatched")).isEmpty();

        String p = "proposals.find { it.mentee.id == '" + zakharova + "' }";
        assertThat(run.getString(p + ".status")).isEqualTo("PROPOSED");
        assertThat(run.getString(p + ".mentee.gradeOrPosition")).isEqualTo("Учитель, первый год");
        List<Map<String, Object>> lines = run.getList(p + ".explanation.criteria");
        assertThat(lines).extracting(l -> l.get("criterion")).containsExactly("REQUESTS", "DIFFICULTIES",
                "AVAILABILITY", "EXPERIENCE", "MENTEE_PREFERENCE", "MENTOR_PREFERENCE");
        assertThat(lines.stream().mapToInt(l -> (Integer) l.get("contribution")).sum())
                .isEqualTo(run.getInt(p + ".score"));
        assertThat(run.getList(p + ".explanation.criteria.find { it.criterion == 'REQUESTS' }.matched"))
                .containsExactly("lesson-planning");
        assertThat(run.getList(p + ".explanation.criteria.find { it.criterion == 'AVAILABILITY' }.matched"))
                .containsExactly("MONDAY_AFTERNOON", "MONDAY_EVENING");
        assertThat(run.getInt(p + ".explanation.criteria.find { it.criterion == 'REQUESTS' }.maxContribution"))
                .isEqualTo(400);

        String id = run.getString("run.id");
        as(s.token()).get(s.runs() + "/" + id).then().statusCode(200)
                .body("proposals.size()", equalTo(2)).body("run.id", equalTo(id));
        as(s.token()).get(s.runs()).then().statusCode(200).body("items.id", hasItem(id)).body("total", equalTo(1));
    }

    @Test
    void theSameDataGiveTheSameProposals() {
        School s = freshSchool();
        for (int i = 0; i < 4; i++) {
            teacher(s, unique("Наставник"), 10 + i, 2, AFTER_LESSONS, "subject-math", "lesson-planning");
        }
        for (int i = 0; i < 7; i++) {
            youngSpecialist(s, unique("Молодой педагог"), 0, i % 2 == 0 ? AFTER_LESSONS : "Вторник утром",
                    i % 3 == 0 ? "subject-math" : "lesson-planning");
        }
        Map<String, Object> body = runBody("TEACHER_TEACHER");
        body.put("shape", "GROUP");
        JsonPath first = run(s, body);
        JsonPath second = run(s, body);
        assertThat(second.getString("run.id")).isNotEqualTo(first.getString("run.id"));
        assertThat(pairsWithScores(second)).isEqualTo(pairsWithScores(first));
        assertThat(second.getLong("run.totalScore")).isEqualTo(first.getLong("run.totalScore"));
        assertThat(second.getLong("run.blockingPairs")).isEqualTo(first.getLong("run.blockingPairs"));
        assertThat(second.getList("unmatched.mentee.id")).isEqualTo(first.getList("unmatched.mentee.id"));
        assertThat(first.getInt("run.matched")).isEqualTo(7);
    }

    private static List<String> pairsWithScores(JsonPath run) {
        List<Map<String, Object>> proposals = run.getList("proposals");
        return proposals.stream().map(p -> name(p, "mentor") + "|" + name(p, "mentee") + "|" + p.get("score")).toList();
    }

    @Test
    void aPairRunGivesEachMentorOneMenteeAndAGroupRunUpToTheirCapacity() {
        School s = freshSchool();
        teacher(s, "Опытная Наставница", 20, 3, AFTER_LESSONS, "lesson-planning");
        for (int i = 0; i < 4; i++) {
            youngSpecialist(s, unique("Молодой педагог"), 0, AFTER_LESSONS, "lesson-planning");
        }
        JsonPath pairs = run(s, "TEACHER_TEACHER");
        assertThat(pairs.getInt("run.matched")).isEqualTo(1);
        assertThat(pairs.getList("unmatched.reason")).containsOnly("NO_CAPACITY_LEFT").hasSize(3);

        Map<String, Object> body = runBody("TEACHER_TEACHER");
        body.put("shape", "GROUP");
        JsonPath groups = run(s, body);
        assertThat(groups.getInt("run.matched")).isEqualTo(3);
        assertThat(groups.getList("unmatched.reason")).containsExactly("NO_CAPACITY_LEFT");
    }

    @Test
    void theFormMustFitBothSides() {
        School s = freshSchool();
        UUID onlyPupils = teacher(s, "Учитель для учеников", 20, 1, AFTER_LESSONS, "lesson-planning");
        Matching.answer(s, onlyPupils, Matching.MENTOR_APPLICATION, Map.of("experience", "gt3", "competencies",
                List.of("lesson-planning"), "forms", List.of("TEACHER_PUPIL"), "capacity", "1", "availability",
                AFTER_LESSONS));
        youngSpecialist(s, "Наставляемая", 0, AFTER_LESSONS, "lesson-planning");

        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(run.getList("proposals")).isEmpty();
        assertThat(run.getInt("run.excludedMentors.MENTOR_FORM")).isEqualTo(1);
        assertThat(run.getString("unmatched[0].reason")).isEqualTo("NO_MENTOR_OF_FORM");
        assertThat(run.getString("unmatched[0].mainConstraint")).isEqualTo("MENTOR_FORM");

        School other = freshSchool();
        teacher(other, "Наставник", 20, 1, AFTER_LESSONS, "lesson-planning");
        UUID wantsHead = youngSpecialist(other, "Хочет руководителя", 0, AFTER_LESSONS, "lesson-planning");
        String path = "/api/schools/" + other.id() + "/participants/" + wantsHead;
        Map<String, Object> current = Api.current(other.token(), path, "ParticipantInput");
        current.put("menteeProfile", Map.of("requests", List.of("lesson-planning"), "desiredForms",
                List.of("HEAD_TEACHER")));
        as(other.token()).body(current).put(path).then().statusCode(200);
        JsonPath second = run(other, "TEACHER_TEACHER");
        assertThat(second.getString("unmatched[0].reason")).isEqualTo("FORM_DOES_NOT_FIT");
        assertThat(second.getString("unmatched[0].mainConstraint")).isEqualTo("MENTEE_FORM");
    }

    @Test
    void aPupilMentorMustBeOlderThanTheirMentee() {
        School s = freshSchool();
        olderPupil(s, "Старшеклассник", "2008-03-01", "11 «А»", "subject-math");
        olderPupil(s, "Младше подопечного", "2015-03-01", "5 «Б»", "subject-math");
        UUID mentee = pupil(s, "Семиклассница", "2012-06-01", "7 «А»", "subject-math");
        UUID second = pupil(s, "Ещё семиклассник", "2012-09-01", "7 «Б»", "subject-math");

        JsonPath run = run(s, "PUPIL_PUPIL");
        assertThat(run.getInt("run.matched")).isEqualTo(1);
        assertThat(run.getList("proposals.mentor.fullName")).containsExactly("Старшеклассник");
        UUID unmatched = UUID.fromString(run.getString("unmatched[0].mentee.id"));
        assertThat(unmatched).isIn(mentee, second);
        assertThat(run.getString("unmatched[0].reason")).isEqualTo("NO_CAPACITY_LEFT");
        assertThat(run.getInt("unmatched[0].eligibleMentors")).isEqualTo(1);
    }

    @Test
    void aPupilMentorYoungerThanEveryMenteeIsNeverProposed() {
        School s = freshSchool();
        olderPupil(s, "Пятиклассник", "2015-03-01", "5 «Б»", "subject-math");
        pupil(s, "Семиклассница", "2012-06-01", "7 «А»", "subject-math");
        JsonPath run = run(s, "PUPIL_PUPIL");
        assertThat(run.getList("proposals")).isEmpty();
        assertThat(run.getString("unmatched[0].reason")).isEqualTo("NO_ELIGIBLE_MENTOR");
        assertThat(run.getString("unmatched[0].mainConstraint")).isEqualTo("MENTOR_NOT_OLDER");
    }

    @Test
    void aTeacherMentorMustBeMoreExperiencedThanTheirMentee() {
        School s = freshSchool();
        teacher(s, "Второй год в школе", 1, 1, AFTER_LESSONS, "lesson-planning");
        youngSpecialist(s, "Третий год в школе", 2, AFTER_LESSONS, "lesson-planning");
        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(run.getList("proposals")).isEmpty();
        assertThat(run.getString("unmatched[0].reason")).isEqualTo("NO_ELIGIBLE_MENTOR");
        assertThat(run.getString("unmatched[0].mainConstraint")).isEqualTo("MENTOR_NOT_MORE_EXPERIENCED");
    }

    @Test
    void anExcludedPairIsNeverProposedAndTheExclusionCanBeLifted() {
        School s = freshSchool();
        UUID mentor = teacher(s, "Наставник", 20, 1, AFTER_LESSONS, "lesson-planning");
        UUID mentee = youngSpecialist(s, "Наставляемая", 0, AFTER_LESSONS, "lesson-planning");
        String exclusion = as(s.token()).body(Map.of("mentorId", mentor, "menteeId", mentee, "reason", "Родственники"))
                .post(s.exclusions()).then().statusCode(201).body("mentor.fullName", equalTo("Наставник"))
                .body("reason", equalTo("Родственники")).extract().path("id");
        as(s.token()).body(Map.of("mentorId", mentor, "menteeId", mentee)).post(s.exclusions()).then()
                .statusCode(409);

        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(run.getList("proposals")).isEmpty();
        assertThat(run.getString("unmatched[0].reason")).isEqualTo("NO_ELIGIBLE_MENTOR");
        assertThat(run.getString("unmatched[0].mainConstraint")).isEqualTo("EXCLUDED_PAIR");

        as(s.token()).get(s.exclusions()).then().statusCode(200).body("total", equalTo(1));
        as(s.token()).delete(s.exclusions() + "/" + exclusion).then().statusCode(204);
        assertThat(run(s, "TEACHER_TEACHER").getInt("run.matched")).isEqualTo(1);
    }

    @Test
    void peopleAlreadyInAMentorshipOfTheFormSitTheRunOut() {
        School s = freshSchool();
        UUID busyMentor = teacher(s, "Занятый наставник", 20, 3, AFTER_LESSONS, "lesson-planning");
        UUID busyMentee = youngSpecialist(s, "Уже с наставником", 0, AFTER_LESSONS, "lesson-planning");
        LocalDate start = LocalDate.now();
        UUID pair = UUID.fromString(as(s.token()).body(Pairs.body("TEACHER_TEACHER", "TRADITIONAL", busyMentor,
                List.of(busyMentee), start, start.plusMonths(6))).post(Pairs.mentorships(s.id())).then()
                .statusCode(201).extract().path("id"));
        Pairs.issueOrder(s.token(), s.id(), List.of(pair));
        teacher(s, "Свободный наставник", 15, 1, AFTER_LESSONS, "lesson-planning");
        youngSpecialist(s, "Ищет наставника", 0, AFTER_LESSONS, "lesson-planning");

        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(pairs(run)).containsExactly("Свободный наставник — Ищет наставника");
        assertThat(run.getInt("run.excludedMentors.MENTOR_ALREADY_ACTIVE")).isEqualTo(1);
        assertThat(run.getString("unmatched.find { it.mentee.id == '" + busyMentee + "' }.reason"))
                .isEqualTo("ALREADY_IN_MENTORSHIP");
    }

    @Test
    void onlyCandidatesWithAConsentInForceAndAFilledQuestionnaireOfTheFormTakePart() {
        School s = freshSchool();
        teacher(s, "С анкетой", 20, 1, AFTER_LESSONS, "lesson-planning");
        Map<String, Object> noQuestionnaire = new HashMap<>(Map.of("kind", "TEACHER", "fullName", "Без анкеты",
                "mentorCandidate", true, "experienceYears", 25, "mentorProfile",
                Map.of("competencies", List.of("lesson-planning"), "capacity", 1),
                "consent", Map.of("givenBy", "SELF", "giverName", "Без анкеты", "givenOn", "2025-09-01", "scope",
                        "Участие", "documentRef", "№ 1")));
        as(s.token()).body(noQuestionnaire).post("/api/schools/" + s.id() + "/participants").then().statusCode(201);
        UUID withdrawn = youngSpecialist(s, "Отозвала согласие", 0, AFTER_LESSONS, "lesson-planning");
        as(s.token()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post("/api/schools/" + s.id() + "/participants/" + withdrawn + "/consents/withdraw").then()
                .statusCode(200);
        UUID otherForm = Matching.youngSpecialistWithoutRequest(s, "Анкета для учеников", 0);
        Matching.answer(s, otherForm, "61000000-0000-0000-0000-000000000021", Map.of("requests",
                List.of("lesson-planning"), "easy", 5, "mentorKind", "excellent", "availability", AFTER_LESSONS));
        youngSpecialist(s, "С запросом", 0, AFTER_LESSONS, "lesson-planning");

        JsonPath run = run(s, "TEACHER_TEACHER");
        assertThat(run.getInt("run.mentors")).isEqualTo(1);
        assertThat(run.getInt("run.mentees")).isEqualTo(1);
        assertThat(run.getList("proposals.mentee.fullName")).containsExactly("С запросом");
        assertThat(run.getList("proposals.mentor.fullName")).containsExactly("С анкетой");
    }

    @Test
    void theBlockingPairsCountWhoWouldRatherBeTogetherAndASwapRecountsThem() {
        School s = freshSchool();
        UUID math = teacher(s, "Математик", 20, 1, AFTER_LESSONS, "subject-math");
        UUID russian = teacher(s, "Словесница", 20, 1, AFTER_LESSONS, "subject-russian");
        UUID x = youngSpecialist(s, "Икс", 0, AFTER_LESSONS, "subject-math");
        UUID y = youngSpecialist(s, "Игрек", 0, AFTER_LESSONS, "subject-russian");
        ranks(s, x, russian, math);
        ranks(s, russian, x, y);

        JsonPath run = run(s, requestsOnly("TEACHER_TEACHER"));
        assertThat(pairs(run)).containsExactly("Математик — Икс", "Словесница — Игрек");
        assertThat(run.getLong("run.blockingPairs")).as("Икс and Словесница rank each other first").isEqualTo(1);
        assertThat(run.getLong("run.totalScore")).isEqualTo(2000);
        String pathX = "proposals.find { it.mentee.id == '" + x + "' }.explanation";
        assertThat(run.getInt(pathX + ".menteeRankOfMentor")).isEqualTo(2);
        assertThat(run.getInt(pathX + ".menteeRankingSize")).isEqualTo(2);
        assertThat(run.getInt(pathX + ".mentorRankingSize")).isZero();

        JsonPath swapped = as(s.token()).body(Map.of("first", proposalOf(run, x), "second", proposalOf(run, y)))
                .post(s.runs() + "/" + run.getString("run.id") + "/swap").then().statusCode(200).extract().jsonPath();
        assertThat(pairs(swapped)).containsExactly("Математик — Игрек", "Словесница — Икс");
        assertThat(swapped.getLong("run.blockingPairs")).isZero();
        assertThat(swapped.getLong("run.totalScore")).isZero();
        String swappedX = "proposals.find { it.mentee.id == '" + x + "' }";
        assertThat(swapped.getBoolean(swappedX + ".swapped")).isTrue();
        assertThat(swapped.getInt(swappedX + ".explanation.menteeRankOfMentor")).isEqualTo(1);
        assertThat(swapped.getInt(swappedX + ".explanation.mentorRankOfMentee")).isEqualTo(1);
    }

    @Test
    void aRunComputesTheStableProposalBesideTheOptimalOneAndTheCuratorPicksWhichToReview() {
        School s = freshSchool();
        UUID math = teacher(s, "Математик", 20, 1, AFTER_LESSONS, "subject-math");
        UUID russian = teacher(s, "Словесница", 20, 1, AFTER_LESSONS, "subject-russian");
        UUID x = youngSpecialist(s, "Икс", 0, AFTER_LESSONS, "subject-math");
        UUID y = youngSpecialist(s, "Игрек", 0, AFTER_LESSONS, "subject-russian");
        ranks(s, x, russian, math);
        ranks(s, russian, x, y);

        JsonPath run = run(s, requestsOnly("TEACHER_TEACHER"));
        String path = s.runs() + "/" + run.getString("run.id");
        assertThat(run.getString("run.method")).isEqualTo("OPTIMAL");
        assertThat(pairs(run)).containsExactly("Математик — Икс", "Словесница — Игрек");
        assertThat(run.getMap("run.comparison.optimal")).containsEntry("matched", 2).containsEntry("totalScore", 2000)
                .containsEntry("blockingPairs", 1);
        assertThat(run.getMap("run.comparison.stable")).containsEntry("matched", 2).containsEntry("totalScore", 0)
                .containsEntry("blockingPairs", 0);
        assertThat(run.getInt("run.comparison.differentMentor")).isEqualTo(2);

        JsonPath stable = as(s.token()).body(Map.of("method", "STABLE")).post(path + "/method").then()
                .statusCode(200).extract().jsonPath();
        assertThat(stable.getString("run.method")).isEqualTo("STABLE");
        assertThat(pairs(stable)).as("Икс and Словесница ranked each other first")
                .containsExactly("Математик — Игрек", "Словесница — Икс");
        assertThat(stable.getLong("run.blockingPairs")).isZero();
        assertThat(stable.getInt("run.matched")).isEqualTo(2);
        assertThat(stable.getInt("run.decisions.proposed")).isEqualTo(2);
        as(s.token()).get(s.runs() + "?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + run.getString("run.id") + "' }.decisions.proposed", equalTo(2));

        // Back and forth is free until the first decision; the other proposal's ids are not this one's.
        as(s.token()).body(Map.of("proposalIds", List.of(proposalOf(run, x)))).post(path + "/reject").then()
                .statusCode(400).body("errors[0].field", equalTo("proposalIds"));
        as(s.token()).body(Map.of("proposalIds", List.of(proposalOf(stable, x)))).post(path + "/reject").then()
                .statusCode(200);
        as(s.token()).body(Map.of("method", "OPTIMAL")).post(path + "/method").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:nastavnik:problem:proposal-decided"));
        as(s.token()).get(path).then().statusCode(200).body("run.method", equalTo("STABLE"))
                .body("proposals.size()", equalTo(2)).body("run.decisions.rejected", equalTo(1));
        as(s.token()).body(Map.of("method", "BEST")).post(path + "/method").then().statusCode(400)
                .contentType("application/problem+json");
        as(s.token()).body(Map.of()).post(path + "/method").then().statusCode(400)
                .body("errors[0].field", equalTo("method"));
    }

    @Test
    void aRunCanStartFromTheStableProposal() {
        School s = freshSchool();
        UUID russian = teacher(s, "Словесница", 20, 1, AFTER_LESSONS, "subject-russian");
        teacher(s, "Математик", 20, 1, AFTER_LESSONS, "subject-math");
        UUID x = youngSpecialist(s, "Икс", 0, AFTER_LESSONS, "subject-math");
        youngSpecialist(s, "Игрек", 0, AFTER_LESSONS, "subject-russian");
        ranks(s, x, russian);
        ranks(s, russian, x);
        Map<String, Object> body = requestsOnly("TEACHER_TEACHER");
        body.put("method", "STABLE");
        JsonPath run = run(s, body);
        assertThat(run.getString("run.method")).isEqualTo("STABLE");
        assertThat(pairs(run)).containsExactly("Математик — Игрек", "Словесница — Икс");
        assertThat(run.getLong("run.blockingPairs")).isZero();
    }

    @Test
    void aSwapThatBreaksAHardConstraintIsRefusedAndChangesNothing() {
        School s = freshSchool();
        UUID a = teacher(s, "Наставник А", 20, 1, AFTER_LESSONS, "subject-math");
        teacher(s, "Наставник Б", 20, 1, AFTER_LESSONS, "subject-russian");
        UUID x = youngSpecialist(s, "Икс", 0, AFTER_LESSONS, "subject-math");
        UUID y = youngSpecialist(s, "Игрек", 0, AFTER_LESSONS, "subject-russian");
        JsonPath run = run(s, "TEACHER_TEACHER");
        String path = s.runs() + "/" + run.getString("run.id");
        as(s.token()).body(Map.of("mentorId", a, "menteeId", y)).post(s.exclusions()).then().statusCode(201);

        as(s.token()).body(Map.of("first", proposalOf(run, x), "second", proposalOf(run, y))).post(path + "/swap")
                .then().statusCode(409).body("type", equalTo("urn:nastavnik:problem:swap-refused"))
                .body("detail", containsString("Наставник А — Игрек: эту пару исключили из подбора"));
        as(s.token()).get(path).then().body("proposals.find { it.mentee.fullName == 'Икс' }.mentor.fullName",
                equalTo("Наставник А"));
        as(s.token()).body(Map.of("first", proposalOf(run, x), "second", proposalOf(run, x))).post(path + "/swap")
                .then().statusCode(400).body("errors[0].field", equalTo("second"));
    }

    @Test
    void acceptedProposalsBecomeProposedMentorshipsThatAnOrderApproves() {
        School s = freshSchool();
        teacher(s, "Волкова Татьяна", 26, 1, AFTER_LESSONS, "lesson-planning");
        teacher(s, "Белова Ирина", 31, 1, AFTER_LESSONS, "parents-work");
        UUID zakharova = youngSpecialist(s, "Захарова Алина", 0, AFTER_LESSONS, "lesson-planning");
        UUID morozova = youngSpecialist(s, "Морозова Дарья", 0, AFTER_LESSONS, "parents-work");
        JsonPath run = run(s, "TEACHER_TEACHER");
        String path = s.runs() + "/" + run.getString("run.id");

        JsonPath accepted = as(s.token()).body(acceptBody(List.of(proposalOf(run, zakharova))))
                .post(path + "/accept").then().statusCode(200).extract().jsonPath();
        String p = "proposals.find { it.mentee.id == '" + zakharova + "' }";
        assertThat(accepted.getString(p + ".status")).isEqualTo("ACCEPTED");
        String mentorship = accepted.getString(p + ".mentorshipId");
        assertThat(accepted.getString("run.status")).isEqualTo("OPEN");
        assertThat(accepted.getInt("run.decisions.accepted")).isEqualTo(1);
        as(s.token()).get(Pairs.mentorships(s.id()) + "/" + mentorship).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("origin", equalTo("MATCHING"))
                .body("form", equalTo("TEACHER_TEACHER")).body("kind", equalTo("TRADITIONAL"))
                .body("mentor.fullName", equalTo("Волкова Татьяна"));

        as(s.token()).body(acceptBody(List.of(proposalOf(run, zakharova)))).post(path + "/accept").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:proposal-decided"));

        JsonPath rejected = as(s.token()).body(Map.of("proposalIds", List.of(proposalOf(run, morozova)), "reason",
                "Не сошлись характерами")).post(path + "/reject").then().statusCode(200).extract().jsonPath();
        assertThat(rejected.getString("run.status")).isEqualTo("CLOSED");
        assertThat(rejected.getString("proposals.find { it.mentee.id == '" + morozova + "' }.decisionNote"))
                .isEqualTo("Не сошлись характерами");

        Pairs.issueOrder(s.token(), s.id(), List.of(UUID.fromString(mentorship)));
        as(s.token()).get(Pairs.mentorships(s.id()) + "/" + mentorship).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aGroupRunMakesOneGroupOfAMentorsAcceptedMentees() {
        School s = freshSchool();
        teacher(s, "Руководитель группы", 20, 3, AFTER_LESSONS, "lesson-planning");
        UUID first = youngSpecialist(s, "Первая", 0, AFTER_LESSONS, "lesson-planning");
        UUID second = youngSpecialist(s, "Второй", 0, AFTER_LESSONS, "lesson-planning");
        Map<String, Object> body = runBody("TEACHER_TEACHER");
        body.put("shape", "GROUP");
        body.put("kind", "VIRTUAL");
        JsonPath run = run(s, body);
        JsonPath accepted = as(s.token()).body(acceptBody(List.of(proposalOf(run, first), proposalOf(run, second))))
                .post(s.runs() + "/" + run.getString("run.id") + "/accept").then().statusCode(200).extract()
                .jsonPath();
        assertThat(accepted.getList("proposals.mentorshipId").stream().distinct()).hasSize(1);
        as(s.token()).get(Pairs.mentorships(s.id()) + "/" + accepted.getString("proposals[0].mentorshipId")).then()
                .body("kind", equalTo("GROUP")).body("mentees.size()", equalTo(2));
    }

    @Test
    void acceptingAProposalThatNoLongerFitsIsRefusedAndAcceptsNothing() {
        School s = freshSchool();
        teacher(s, "Наставник А", 20, 1, AFTER_LESSONS, "subject-math");
        teacher(s, "Наставник Б", 20, 1, AFTER_LESSONS, "subject-russian");
        UUID x = youngSpecialist(s, "Икс", 0, AFTER_LESSONS, "subject-math");
        UUID y = youngSpecialist(s, "Игрек", 0, AFTER_LESSONS, "subject-russian");
        JsonPath run = run(s, "TEACHER_TEACHER");
        UUID other = teacher(s, "Другой наставник", 20, 1, AFTER_LESSONS, "subject-math");
        LocalDate start = LocalDate.now();
        as(s.token()).body(Pairs.body("TEACHER_TEACHER", "TRADITIONAL", other, List.of(y), start,
                start.plusMonths(6))).post(Pairs.mentorships(s.id())).then().statusCode(201);

        String path = s.runs() + "/" + run.getString("run.id");
        as(s.token()).body(acceptBody(List.of(proposalOf(run, x), proposalOf(run, y)))).post(path + "/accept").then()
                .statusCode(409).body("type", equalTo("urn:nastavnik:problem:proposal-stale"))
                .body("detail", containsString("Игрек уже состоит в незавершённой паре"));
        as(s.token()).get(path).then().body("proposals.status", equalTo(List.of("PROPOSED", "PROPOSED")));
        as(s.token()).queryParam("participantId", x).get(Pairs.mentorships(s.id())).then().body("total", equalTo(0));
    }

    @Test
    void withdrawingConsentMakesTheParticipantsProposalsUnusableAtOnce() {
        School s = freshSchool();
        teacher(s, "Наставник", 20, 1, AFTER_LESSONS, "lesson-planning");
        UUID mentee = youngSpecialist(s, "Передумала", 0, AFTER_LESSONS, "lesson-planning");
        JsonPath run = run(s, "TEACHER_TEACHER");
        String proposal = proposalOf(run, mentee);
        as(s.token()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post("/api/schools/" + s.id() + "/participants/" + mentee + "/consents/withdraw").then()
                .statusCode(200);

        String path = s.runs() + "/" + run.getString("run.id");
        JsonPath after = as(s.token()).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("proposals[0].status")).isEqualTo("VOID");
        assertThat(after.getString("proposals[0].explanation")).isNull();
        assertThat(after.getString("run.status")).isEqualTo("CLOSED");
        as(s.token()).body(acceptBody(List.of(proposal))).post(path + "/accept").then().statusCode(409)
                .body("detail", containsString("отозвал согласие"));
    }

    @Test
    void rejectingWithExclusionKeepsThePairOutOfLaterRuns() {
        School s = freshSchool();
        teacher(s, "Наставник", 20, 1, AFTER_LESSONS, "lesson-planning");
        UUID mentee = youngSpecialist(s, "Наставляемая", 0, AFTER_LESSONS, "lesson-planning");
        JsonPath run = run(s, "TEACHER_TEACHER");
        as(s.token()).body(Map.of("proposalIds", List.of(proposalOf(run, mentee)), "exclude", true))
                .post(s.runs() + "/" + run.getString("run.id") + "/reject").then().statusCode(200)
                .body("proposals[0].status", equalTo("REJECTED"));
        as(s.token()).queryParam("participantId", mentee).get(s.exclusions()).then().body("total", equalTo(1));
        JsonPath later = run(s, "TEACHER_TEACHER");
        assertThat(later.getList("proposals")).isEmpty();
        assertThat(later.getString("unmatched[0].mainConstraint")).isEqualTo("EXCLUDED_PAIR");
    }

    @Test
    void badRequestsAreRefusedWithRussianFieldErrorsAndChangeNothing() {
        School s = freshSchool();
        as(s.token()).body(Map.of()).post(s.runs()).then().statusCode(400)
                .body("errors.field", hasItem("form")).body("errors.message", hasItem("Выберите форму наставничества"));
        Map<String, Object> body = runBody("TEACHER_TEACHER");
        body.put("weights", Map.of("requests", 1001));
        as(s.token()).body(body).post(s.runs()).then().statusCode(400)
                .body("errors[0].field", equalTo("weights.requests"))
                .body("errors[0].message", equalTo("Вес — целое число от 0 до 1000"));
        body.put("weights", weights(0, 0, 0, 0, 0, 0));
        as(s.token()).body(body).post(s.runs()).then().statusCode(400).body("errors[0].field", equalTo("weights"));
        Map<String, Object> group = runBody("TEACHER_TEACHER");
        group.put("kind", "GROUP");
        as(s.token()).body(group).post(s.runs()).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as(s.token()).body(Map.of("form", "TEACHER_TEACHER", "shape", "TRIANGLE")).post(s.runs()).then()
                .statusCode(400).body("errors[0].field", equalTo("shape"));
        as(s.token()).get(s.runs()).then().body("total", equalTo(0));

        teacher(s, "Наставник", 20, 1, AFTER_LESSONS, "lesson-planning");
        UUID mentee = youngSpecialist(s, "Наставляемая", 0, AFTER_LESSONS, "lesson-planning");
        JsonPath run = run(s, "TEACHER_TEACHER");
        LocalDate start = LocalDate.now();
        as(s.token()).body(Map.of("proposalIds", List.of(proposalOf(run, mentee)), "plannedStart", start.toString(),
                "plannedEnd", start.plusMonths(1).toString())).post(s.runs() + "/" + run.getString("run.id")
                        + "/accept").then().statusCode(400).body("errors[0].field", equalTo("plannedEnd"));
        as(s.token()).body(acceptBody(List.of(UUID.randomUUID().toString())))
                .post(s.runs() + "/" + run.getString("run.id") + "/accept").then().statusCode(400)
                .body("errors[0].field", equalTo("proposalIds"));
        as(s.token()).get(s.runs() + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void runsOfAnotherSchoolAreNotFound() {
        School s = freshSchool();
        String id = run(s, "TEACHER_TEACHER").getString("run.id");
        School other = freshSchool();
        as(other.token()).get(other.runs() + "/" + id).then().statusCode(404);
        as(other.token()).get(s.runs() + "/" + id).then().statusCode(404);
        as(other.token()).get(s.runs()).then().statusCode(404);
    }
}
