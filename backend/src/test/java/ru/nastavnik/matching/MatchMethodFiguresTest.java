package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.nastavnik.support.Api.as;
import static ru.nastavnik.support.Matching.acceptBody;
import static ru.nastavnik.support.Matching.freshSchool;
import static ru.nastavnik.support.Matching.ranks;
import static ru.nastavnik.support.Matching.runBody;
import static ru.nastavnik.support.Matching.startRun;
import static ru.nastavnik.support.Matching.teacher;
import static ru.nastavnik.support.Matching.youngSpecialist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.nastavnik.support.Matching.School;
import ru.nastavnik.support.Pairs;

/**
 * The two proposals of a run as the curator reads and accepts them: the side-by-side figures are what the stored
 * proposals really have, and accepting the stable proposal makes exactly its pairs, at once or one by one.
 */
@QuarkusTest
class MatchMethodFiguresTest {

    private static final String AFTER_LESSONS = "Понедельник и среда после 15:00";

    /** A person of the fixture: what the test needs to know to score and rank pairs itself. */
    private record Person(UUID id, String name, Set<String> codes, int capacity, List<UUID> ranking) {
    }

    /**
     * A group run over three teachers and five young specialists, scored on requests alone, so that the test
     * knows every pair's score: the share of the mentee's requests the mentor covers. Икс and Словесница ranked each
     * other first although Математик covers Икс's request, so the optimum and the stable proposal part ways.
     */
    private record Fixture(School school, Map<UUID, Person> mentors, Map<UUID, Person> mentees) {

        static Fixture build() {
            School s = freshSchool();
            Map<UUID, Person> mentors = new LinkedHashMap<>();
            Map<UUID, Person> mentees = new LinkedHashMap<>();
            Person math = mentor(s, mentors, "Математик", 1, "subject-math");
            Person russian = mentor(s, mentors, "Словесница", 2, "subject-russian");
            mentor(s, mentors, "Завуч", 1, "subject-math", "subject-russian");
            Person x = mentee(s, mentees, "Икс", "subject-math");
            Person y = mentee(s, mentees, "Игрек", "subject-russian");
            mentee(s, mentees, "Зет", "subject-math", "subject-russian");
            mentee(s, mentees, "Дубль", "subject-russian");
            mentee(s, mentees, "Экзамен", "exams");
            rank(s, mentees, x, russian, math);
            rank(s, mentors, russian, x, y);
            return new Fixture(s, mentors, mentees);
        }

        private static Person mentor(School s, Map<UUID, Person> into, String name, int capacity, String... codes) {
            UUID id = teacher(s, name, 20, capacity, AFTER_LESSONS, codes);
            Person p = new Person(id, name, Set.of(codes), capacity, List.of());
            into.put(id, p);
            return p;
        }

        private static Person mentee(School s, Map<UUID, Person> into, String name, String... codes) {
            UUID id = youngSpecialist(s, name, 0, AFTER_LESSONS, codes);
            Person p = new Person(id, name, Set.of(codes), 1, List.of());
            into.put(id, p);
            return p;
        }

        private static void rank(School s, Map<UUID, Person> side, Person who, Person... others) {
            ranks(s, who.id(), Arrays.stream(others).map(Person::id).toArray(UUID[]::new));
            side.put(who.id(), new Person(who.id(), who.name(), who.codes(), who.capacity(),
                    Arrays.stream(others).map(Person::id).toList()));
        }

        /** Requests-only weights: the share of the mentee's requests the mentor covers, in points of 1000. */
        int score(UUID mentor, UUID mentee) {
            Set<String> requests = mentees.get(mentee).codes();
            long covered = requests.stream().filter(mentors.get(mentor).codes()::contains).count();
            return (int) Math.round(1000.0 * covered / requests.size());
        }

        /**
         * Lower is better: whom a person ranked comes first, in their order; everyone else after, by the pair's
         * score. Equal keys are indifference.
         */
        long key(Person who, UUID other, int score) {
            int at = who.ranking().indexOf(other);
            return ((long) (at < 0 ? Integer.MAX_VALUE : at) << 16) | (0xFFFF - score);
        }

        /** Pairs who both would rather be together than with what the proposal (mentee → mentor) gives them. */
        long blockingPairs(Map<UUID, UUID> mentorOf) {
            long count = 0;
            for (Person m : mentors.values()) {
                List<UUID> held = mentorOf.entrySet().stream().filter(e -> e.getValue().equals(m.id()))
                        .map(Map.Entry::getKey).toList();
                long worst = held.stream().mapToLong(e -> key(m, e, score(m.id(), e))).max().orElse(Long.MIN_VALUE);
                for (Person e : mentees.values()) {
                    UUID current = mentorOf.get(e.id());
                    if (m.id().equals(current)) {
                        continue;
                    }
                    int s = score(m.id(), e.id());
                    boolean menteeWants = current == null || key(e, m.id(), s) < key(e, current, score(current, e.id()));
                    boolean mentorWants = held.size() < m.capacity() || key(m, e.id(), s) < worst;
                    if (menteeWants && mentorWants) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private static JsonPath startGroupRun(School s) {
        Map<String, Object> body = runBody("TEACHER_TEACHER");
        body.put("shape", "GROUP");
        body.put("weights", Map.of("requests", 1000, "difficulties", 0, "availability", 0, "experience", 0,
                "menteePreference", 0, "mentorPreference", 0));
        return startRun(s.token(), s.runs(), body).then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath choose(School s, String runId, String method) {
        return as(s.token()).body(Map.of("method", method)).post(s.runs() + "/" + runId + "/method").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The proposal of a run as mentee → mentor, from what the API returned. */
    private static Map<UUID, UUID> mentorOf(JsonPath run) {
        Map<UUID, UUID> mentorOf = new TreeMap<>();
        for (int k = 0; k < run.getList("proposals").size(); k++) {
            UUID mentee = UUID.fromString(run.getString("proposals[" + k + "].mentee.id"));
            UUID mentor = UUID.fromString(run.getString("proposals[" + k + "].mentor.id"));
            assertThat(mentorOf.put(mentee, mentor)).as("one proposal per mentee").isNull();
        }
        return mentorOf;
    }

    /** The figures one method's column must show, recomputed from its proposals. */
    private static Map<String, Object> figures(Fixture f, JsonPath run) {
        Map<UUID, UUID> mentorOf = mentorOf(run);
        long total = 0;
        List<Map<String, Object>> proposals = run.getList("proposals");
        for (Map<String, Object> p : proposals) {
            total += (Integer) p.get("score");
        }
        mentorOf.forEach((mentee, mentor) -> assertThat(run.getInt("proposals.find { it.mentee.id == '" + mentee
                + "' }.score")).as("the stored score of %s — %s", f.mentors().get(mentor).name(),
                f.mentees().get(mentee).name()).isEqualTo(f.score(mentor, mentee)));
        return Map.of("matched", mentorOf.size(), "totalScore", (int) total, "blockingPairs",
                (int) f.blockingPairs(mentorOf));
    }

    @Test
    void theSideBySideFiguresAreWhatEachStoredProposalHas() {
        Fixture f = Fixture.build();
        JsonPath optimal = startGroupRun(f.school());
        String id = optimal.getString("run.id");
        assertThat(optimal.getString("run.method")).isEqualTo("OPTIMAL");
        JsonPath stable = choose(f.school(), id, "STABLE");
        JsonPath again = as(f.school().token()).get(f.school().runs() + "/" + id).then().statusCode(200).extract()
                .jsonPath();

        Map<String, Object> optimalFigures = figures(f, optimal);
        Map<String, Object> stableFigures = figures(f, stable);
        assertThat(again.getMap("run.comparison.optimal")).isEqualTo(optimalFigures);
        assertThat(again.getMap("run.comparison.stable")).isEqualTo(stableFigures);
        assertThat(optimalFigures.get("blockingPairs")).as("the fixture parts the two proposals").isNotEqualTo(0);
        assertThat(stableFigures.get("blockingPairs")).isEqualTo(0);

        Map<UUID, UUID> a = mentorOf(optimal);
        Map<UUID, UUID> b = mentorOf(stable);
        Set<UUID> mentees = new TreeSet<>(a.keySet());
        mentees.addAll(b.keySet());
        long different = mentees.stream().filter(e -> !Objects.equals(a.get(e), b.get(e))).count();
        assertThat(again.getInt("run.comparison.differentMentor")).isEqualTo((int) different).isPositive();

        // The run's own figures follow the proposal under review, both ways.
        assertThat(Map.of("matched", stable.getInt("run.matched"), "totalScore", (int) stable.getLong("run.totalScore"),
                "blockingPairs", (int) stable.getLong("run.blockingPairs"))).isEqualTo(stableFigures);
        JsonPath back = choose(f.school(), id, "OPTIMAL");
        assertThat(Map.of("matched", back.getInt("run.matched"), "totalScore", (int) back.getLong("run.totalScore"),
                "blockingPairs", (int) back.getLong("run.blockingPairs"))).isEqualTo(optimalFigures);
        assertThat(mentorOf(back)).isEqualTo(a);
    }

    /** Every pair of a school as mentee name → "mentor name, status, form, origin". */
    private static Map<String, String> pairsOf(School s) {
        JsonPath list = as(s.token()).get(Pairs.mentorships(s.id()) + "?size=100").then().statusCode(200).extract()
                .jsonPath();
        Map<String, String> pairs = new TreeMap<>();
        List<Map<String, Object>> items = list.getList("items");
        for (int k = 0; k < items.size(); k++) {
            String at = "items[" + k + "]";
            String what = list.getString(at + ".mentor.fullName") + ", " + list.getString(at + ".status") + ", "
                    + list.getString(at + ".form") + ", " + list.getString(at + ".origin");
            for (String mentee : list.<String>getList(at + ".mentees.fullName")) {
                assertThat(pairs.put(mentee, what)).as("%s is in one pair", mentee).isNull();
            }
        }
        return pairs;
    }

    @Test
    void acceptingTheWholeStableProposalAtOnceMakesTheSamePairsAsAcceptingItOneByOne() {
        Fixture once = Fixture.build();
        Fixture oneByOne = Fixture.build();
        JsonPath first = choose(once.school(), startGroupRun(once.school()).getString("run.id"), "STABLE");
        JsonPath second = choose(oneByOne.school(), startGroupRun(oneByOne.school()).getString("run.id"), "STABLE");

        Map<String, String> expected = new TreeMap<>();
        mentorOf(first).forEach((mentee, mentor) -> expected.put(once.mentees().get(mentee).name(),
                once.mentors().get(mentor).name() + ", PROPOSED, TEACHER_TEACHER, MATCHING"));
        assertThat(expected).hasSize(first.getInt("run.matched"));
        Map<String, String> secondExpected = new HashMap<>();
        mentorOf(second).forEach((mentee, mentor) -> secondExpected.put(oneByOne.mentees().get(mentee).name(),
                oneByOne.mentors().get(mentor).name() + ", PROPOSED, TEACHER_TEACHER, MATCHING"));
        // Ties fall by the people's ids, which differ between the two schools: by names the proposals may differ in
        // a tie, never in how many are matched.
        assertThat(secondExpected).as("the same data match as many").hasSameSizeAs(expected);

        List<String> all = first.getList("proposals.id");
        as(once.school().token()).body(acceptBody(all)).post(once.school().runs() + "/" + first.getString("run.id")
                + "/accept").then().statusCode(200);
        List<String> ids = new ArrayList<>(second.getList("proposals.id"));
        for (String proposal : ids) {
            as(oneByOne.school().token()).body(acceptBody(List.of(proposal))).post(oneByOne.school().runs() + "/"
                    + second.getString("run.id") + "/accept").then().statusCode(200);
        }

        assertThat(pairsOf(once.school())).isEqualTo(expected);
        assertThat(pairsOf(oneByOne.school())).isEqualTo(secondExpected);
        as(once.school().token()).get(once.school().runs() + "/" + first.getString("run.id")).then()
                .body("run.decisions.accepted", equalTo(all.size()))
                .body("run.decisions.proposed", equalTo(0))
                .body("run.method", equalTo("STABLE"));
    }
}
