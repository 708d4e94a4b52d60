package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.Matching.acceptBody;
import static ru.nastavnik.support.Matching.freshMunicipality;
import static ru.nastavnik.support.Matching.freshSchool;
import static ru.nastavnik.support.Matching.olderPupil;
import static ru.nastavnik.support.Matching.pupil;
import static ru.nastavnik.support.Matching.runBody;
import static ru.nastavnik.support.Matching.teacher;
import static ru.nastavnik.support.Matching.youngSpecialist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Matching.Municipality;
import ru.nastavnik.support.Matching.School;
import ru.nastavnik.support.Pairs;

/**
 * A municipal coordinator's runs share mentors across the municipality's schools, for adults only: the pair is
 * created in the mentee's school, whose curator approves it, and the mentor's capacity counts in every school.
 */
@QuarkusTest
class MunicipalMatchRunTest {

    private static final String AFTER_LESSONS = "Понедельник после 15:00";

    /** Two schools of a fresh municipality: a mentor in the first, a young specialist in the second. */
    private record Setting(Municipality municipality, School first, School second, UUID mentor, UUID mentee) {
    }

    private static Setting setting() {
        Municipality m = freshMunicipality();
        School first = freshSchool(m.id());
        School second = freshSchool(m.id());
        UUID mentor = teacher(first, "Наставник первой школы", 25, 1, AFTER_LESSONS, "lesson-planning");
        UUID mentee = youngSpecialist(second, "Молодой педагог второй школы", 0, AFTER_LESSONS, "lesson-planning");
        return new Setting(m, first, second, mentor, mentee);
    }

    private static JsonPath run(Municipality m, String form) {
        return as(m.token()).body(runBody(form)).post(m.runs()).then().statusCode(201).extract().jsonPath();
    }

    /** The pair the municipal run proposed, accepted: its mentorship id. */
    private static UUID acceptedPair(Setting s) {
        JsonPath run = run(s.municipality(), "TEACHER_TEACHER");
        String proposal = run.getString("proposals[0].id");
        return UUID.fromString(as(s.municipality().token()).body(acceptBody(List.of(proposal)))
                .post(s.municipality().runs() + "/" + run.getString("run.id") + "/accept").then().statusCode(200)
                .extract().path("proposals[0].mentorshipId"));
    }

    @Test
    void aMentorOfOneSchoolIsProposedToAYoungSpecialistOfAnother() {
        Setting s = setting();
        olderPupil(s.first(), "Старшеклассник", "2008-03-01", "11 «А»", "lesson-planning");
        pupil(s.second(), "Семиклассница", "2012-06-01", "7 «А»", "lesson-planning");

        JsonPath run = run(s.municipality(), "TEACHER_TEACHER");
        assertThat(run.getString("run.scope")).isEqualTo("MUNICIPALITY");
        assertThat(run.getString("run.municipalityId")).isEqualTo(s.municipality().id().toString());
        assertThat(run.getInt("run.mentors")).isEqualTo(1);
        assertThat(run.getInt("run.mentees")).isEqualTo(1);
        assertThat(run.getString("proposals[0].mentor.fullName")).isEqualTo("Наставник первой школы");
        assertThat(run.getString("proposals[0].mentor.schoolId")).isEqualTo(s.first().id().toString());
        assertThat(run.getString("proposals[0].mentor.schoolName")).isNotBlank();
        assertThat(run.getString("proposals[0].mentee.schoolId")).isEqualTo(s.second().id().toString());
        assertThat(run.getString("proposals[0].explanation")).isNotNull();
    }

    @Test
    void aSchoolRunNeverReachesAnotherSchoolsPeople() {
        Setting s = setting();
        JsonPath first = as(s.first().token()).body(runBody("TEACHER_TEACHER")).post(s.first().runs()).then()
                .statusCode(201).extract().jsonPath();
        assertThat(first.getInt("run.mentors")).isEqualTo(1);
        assertThat(first.getInt("run.mentees")).isZero();
        JsonPath second = as(s.second().token()).body(runBody("TEACHER_TEACHER")).post(s.second().runs()).then()
                .statusCode(201).extract().jsonPath();
        assertThat(second.getInt("run.mentors")).isZero();
        assertThat(second.getString("unmatched[0].reason")).isEqualTo("NO_MENTOR_OF_FORM");
    }

    @Test
    void formsWithMinorsAreRefusedForMunicipalRuns() {
        Municipality m = freshMunicipality();
        for (String form : List.of("PUPIL_PUPIL", "TEACHER_PUPIL", "STUDENT_STUDENT")) {
            as(m.token()).body(runBody(form)).post(m.runs()).then().statusCode(400)
                    .body("errors[0].field", equalTo("form"))
                    .body("errors[0].message", containsString("данные несовершеннолетних не покидают"));
        }
        as(m.token()).get(m.runs()).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theAcceptedPairBelongsToTheMenteesSchoolWhichSeesTheMentorsNameAndApprovesIt() {
        Setting s = setting();
        UUID mentorship = acceptedPair(s);

        as(s.second().token()).get(Pairs.mentorships(s.second().id()) + "/" + mentorship).then().statusCode(200)
                .body("schoolId", equalTo(s.second().id().toString())).body("status", equalTo("PROPOSED"))
                .body("origin", equalTo("MATCHING")).body("mentor.fullName", equalTo("Наставник первой школы"));
        as(s.first().token()).get(Pairs.mentorships(s.first().id()) + "/" + mentorship).then().statusCode(404);
        as(s.second().token()).get("/api/schools/" + s.second().id() + "/participants/" + s.mentor()).then()
                .statusCode(404);

        Pairs.issueOrder(s.second().token(), s.second().id(), List.of(mentorship));
        as(s.second().token()).get(Pairs.mentorships(s.second().id()) + "/" + mentorship).then()
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void theMentorsCapacityCountsTheirMenteesInEverySchool() {
        Setting s = setting();
        acceptedPair(s);
        UUID local = youngSpecialist(s.first(), "Коллега из своей школы", 0, AFTER_LESSONS, "lesson-planning");
        LocalDate start = LocalDate.now();
        as(s.first().token()).body(Pairs.body("TEACHER_TEACHER", "TRADITIONAL", s.mentor(), List.of(local), start,
                start.plusMonths(6))).post(Pairs.mentorships(s.first().id())).then().statusCode(400)
                .body("errors[0].field", equalTo("mentorId"))
                .body("errors[0].message", containsString("уже ведёт или предложено: 1"));

        JsonPath schoolRun = as(s.first().token()).body(runBody("TEACHER_TEACHER")).post(s.first().runs()).then()
                .statusCode(201).extract().jsonPath();
        assertThat(schoolRun.getInt("run.excludedMentors.MENTOR_ALREADY_ACTIVE")).isEqualTo(1);
        assertThat(schoolRun.getList("proposals")).isEmpty();
    }

    @Test
    void whenTheMentorWithdrawsConsentTheirPairInAnotherSchoolIsTerminatedAtOnce() {
        Setting s = setting();
        UUID mentorship = acceptedPair(s);
        as(s.first().token()).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post("/api/schools/" + s.first().id() + "/participants/" + s.mentor() + "/consents/withdraw").then()
                .statusCode(200);
        as(s.second().token()).get(Pairs.mentorships(s.second().id()) + "/" + mentorship).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("terminationReason", equalTo("CONSENT_WITHDRAWN"));
    }

    @Test
    void anotherMunicipalitysCoordinatorFindsNothing() {
        Setting s = setting();
        String id = run(s.municipality(), "TEACHER_TEACHER").getString("run.id");
        Municipality other = freshMunicipality();
        as(other.token()).get(s.municipality().runs() + "/" + id).then().statusCode(404);
        as(other.token()).get(other.runs() + "/" + id).then().statusCode(404);
        as(other.token()).body(runBody("TEACHER_TEACHER")).post(s.municipality().runs()).then().statusCode(404);
        as(s.first().token()).get(s.municipality().runs()).then().statusCode(403);
    }

    @Test
    void aMunicipalExclusionNamesAdultsOfTheMunicipalityAndKeepsThePairOut() {
        Setting s = setting();
        UUID pupilOfSecond = pupil(s.second(), "Ученица", "2012-06-01", "7 «А»", "lesson-planning");
        as(s.municipality().token()).body(Map.of("mentorId", s.mentor(), "menteeId", pupilOfSecond))
                .post(s.municipality().exclusions()).then().statusCode(400)
                .body("errors[0].field", equalTo("menteeId"));
        as(s.municipality().token()).body(Map.of("mentorId", s.mentor(), "menteeId", s.mentee()))
                .post(s.municipality().exclusions()).then().statusCode(201)
                .body("mentee.fullName", equalTo("Молодой педагог второй школы"));
        JsonPath run = run(s.municipality(), "TEACHER_TEACHER");
        assertThat(run.getList("proposals")).isEmpty();
        assertThat(run.getString("unmatched[0].mainConstraint")).isEqualTo("EXCLUDED_PAIR");
        assertThat(run.getString("unmatched[0].mentee.fullName")).isEqualTo("Молодой педагог второй школы");
    }
}
