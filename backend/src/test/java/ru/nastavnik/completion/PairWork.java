package ru.nastavnik.completion;

import static ru.nastavnik.support.Api.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Pairs;

/**
 * A pair's work as completion finds it: the pair started on a given day, its programme with goals and activities,
 * the diary's meetings, and the mentees' self-assessments. The programme and the diary are written straight into
 * the database, in the school's scope, as their own features would store them.
 */
final class PairWork {

    static final String ENTRY = "61000000-0000-0000-0000-000000000008";
    static final String MENTEE_SATISFACTION = "61000000-0000-0000-0000-000000000005";
    static final String MENTOR_SATISFACTION = "61000000-0000-0000-0000-000000000006";

    private PairWork() {
    }

    /**
     * An active pair (or group) of fresh people, approved by an order (naming this curator, when one is given)
     * and started {@code daysAgo} days ago.
     */
    static UUID activePair(String token, UUID school, String form, String kind, int daysAgo, List<String> mentees,
            UUID curator) {
        UUID mentor = Pairs.mentor(token, school, "Наставник " + UUID.randomUUID().toString().substring(0, 6),
                mentees.size());
        List<UUID> ids = mentees.stream().map(name -> Pairs.mentee(token, school, name)).toList();
        LocalDate started = LocalDate.now().minusDays(daysAgo);
        UUID id = UUID.fromString(as(token).body(Pairs.body(form, kind, mentor, ids, LocalDate.now(),
                LocalDate.now().plusMonths(6))).post(Pairs.mentorships(school)).then().statusCode(201).extract()
                .path("id"));
        Map<String, Object> order = Pairs.orderBody(Pairs.orderNumber(), List.of(id));
        order.put("date", started.toString());
        if (curator != null) {
            order.put("curatorId", curator.toString());
        }
        as(token).body(order).post(Pairs.orders(school)).then().statusCode(201);
        as(token).body(Map.of("version", Pairs.version(token, school, id), "startedOn", started.toString()))
                .post(Pairs.mentorships(school) + "/" + id + "/activate").then().statusCode(200);
        return id;
    }

    static UUID activePair(String token, UUID school) {
        return activePair(token, school, "TEACHER_PUPIL", "TRADITIONAL", 0,
                List.of("Наставляемый " + UUID.randomUUID().toString().substring(0, 6)), null);
    }

    /** A programme of the pair with these goals, in order; their ids in the same order. */
    static List<UUID> programme(EntityManager em, UUID school, UUID mentorship, String... goals) {
        UUID programme = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        inSchool(em, school, () -> {
            em.createNativeQuery("""
                    INSERT INTO programme (id, mentorship_id, school_id, status, problem, mode, meeting_frequency,
                                           starts_on, ends_on, created_by)
                    VALUES (?1, ?2, ?3, 'DRAFT', 'Трудности с геометрией', 'IN_PERSON', 'WEEKLY', current_date,
                            current_date + 180, 'Куратор')
                    """).setParameter(1, programme).setParameter(2, mentorship).setParameter(3, school)
                    .executeUpdate();
            for (int i = 0; i < goals.length; i++) {
                UUID goal = UUID.randomUUID();
                em.createNativeQuery("""
                        INSERT INTO programme_goal (id, programme_id, school_id, position, title, tasks)
                        VALUES (?1, ?2, ?3, ?4, ?5, 'Разобрать типовые задачи')
                        """).setParameter(1, goal).setParameter(2, programme).setParameter(3, school)
                        .setParameter(4, i).setParameter(5, goals[i]).executeUpdate();
                ids.add(goal);
            }
        });
        return ids;
    }

    /** An activity of the programme's plan in the given status (done ones done today). */
    static void activity(EntityManager em, UUID school, UUID mentorship, String title, String status, String result) {
        inSchool(em, school, () -> em.createNativeQuery("""
                INSERT INTO programme_activity (id, programme_id, school_id, position, direction, title, due_on,
                                                performer, status, result, done_on)
                SELECT gen_random_uuid(), p.id, p.school_id,
                       (SELECT count(*) FROM programme_activity a WHERE a.programme_id = p.id), 'STUDY', ?2,
                       current_date, 'BOTH', ?3, ?4, CASE WHEN ?3 = 'DONE' THEN current_date END
                FROM programme p WHERE p.mentorship_id = ?1
                """).setParameter(1, mentorship).setParameter(2, title).setParameter(3, status)
                .setParameter(4, result).executeUpdate());
    }

    /** A meeting in the diary, held or only planned. */
    static UUID meeting(EntityManager em, UUID school, UUID mentorship, String kind, boolean held, LocalDate on) {
        UUID id = UUID.randomUUID();
        inSchool(em, school, () -> em.createNativeQuery("""
                INSERT INTO meeting (id, mentorship_id, school_id, kind, held, held_on, format, topic, recorded_via,
                                     recorded_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'IN_PERSON', 'Подведение итогов', 'CURATOR', 'Куратор')
                """).setParameter(1, id).setParameter(2, mentorship).setParameter(3, school).setParameter(4, kind)
                .setParameter(5, held).setParameter(6, on).executeUpdate());
        return id;
    }

    /** The mentee's answers to the entry self-assessment: confidence, subject, motivation, communication. */
    static UUID selfAssessment(String token, UUID school, UUID mentee, int... scores) {
        Map<String, Object> answers = Map.of("confidence", scores[0], "subject", scores[1], "motivation", scores[2],
                "communication", scores[3]);
        return respond(token, school, mentee, ENTRY, answers);
    }

    static UUID respond(String token, UUID school, UUID participant, String template, Map<String, Object> answers) {
        return UUID.fromString(as(token).body(Map.of("templateId", template, "answers", answers))
                .post("/api/schools/" + school + "/participants/" + participant + "/responses").then()
                .statusCode(201).extract().path("id"));
    }

    /** Moves a response back in time, as if it had been given then. */
    static void givenAt(EntityManager em, UUID school, UUID response, Instant at) {
        inSchool(em, school, () -> em.createNativeQuery(
                "UPDATE questionnaire_response SET submitted_at = ?1 WHERE id = ?2").setParameter(1, at)
                .setParameter(2, response).executeUpdate());
    }

    /** The mentee of the pair with this name. */
    static UUID mentee(String token, UUID school, UUID mentorship, String fullName) {
        return UUID.fromString(as(token).get(Pairs.mentorships(school) + "/" + mentorship).then().statusCode(200)
                .extract().jsonPath().getString("mentees.find { it.fullName == '" + fullName + "' }.id"));
    }

    static UUID mentor(String token, UUID school, UUID mentorship) {
        return UUID.fromString(as(token).get(Pairs.mentorships(school) + "/" + mentorship).then().statusCode(200)
                .extract().path("mentor.id"));
    }

    private static void inSchool(EntityManager em, UUID school, Runnable work) {
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "school", null, null, school);
            work.run();
        });
    }
}
