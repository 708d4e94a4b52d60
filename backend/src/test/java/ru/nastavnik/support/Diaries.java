package ru.nastavnik.support;

import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.common.RowScope;

/** Pairs at work, their programmes, meetings and diary links, set up as a curator would (or as the database holds them). */
public final class Diaries {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Diaries() {
    }

    /** A pair or group with its people: the mentor and the mentees by name. */
    public record Pair(UUID school, UUID id, UUID mentor, List<UUID> mentees, List<String> menteeNames) {

        public String path() {
            return Pairs.mentorships(school) + "/" + id;
        }

        public String meetings() {
            return path() + "/meetings";
        }

        public String links() {
            return path() + "/diary-links";
        }

        public UUID mentee() {
            return mentees.get(0);
        }
    }

    /** A teacher–pupil pair (or, with several mentees, a group) approved by an order dated {@code daysAgo} ago. */
    public static Pair approvedPair(String token, UUID school, int daysAgo, int mentees) {
        int n = SEQUENCE.incrementAndGet();
        UUID mentor = Pairs.mentor(token, school, "Наставникова Анна " + n, mentees);
        List<UUID> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            String name = "Ученик " + (char) ('А' + i) + " " + n;
            ids.add(Pairs.mentee(token, school, name));
            names.add(name);
        }
        LocalDate start = LocalDate.now().minusDays(daysAgo);
        Map<String, Object> body = Pairs.body("TEACHER_PUPIL", mentees > 1 ? "GROUP" : "TRADITIONAL", mentor, ids,
                start, start.plusMonths(6));
        UUID id = UUID.fromString(as(token).body(body).post(Pairs.mentorships(school)).then().statusCode(201)
                .extract().path("id"));
        Pairs.issueOrderNumbered(token, school, Pairs.orderNumber(), start, id);
        return new Pair(school, id, mentor, ids, names);
    }

    /** A pair at work since {@code daysAgo} days. */
    public static Pair activePair(String token, UUID school, int daysAgo, int mentees) {
        Pair pair = approvedPair(token, school, daysAgo, mentees);
        as(token).body(Map.of("version", Pairs.version(token, school, pair.id()), "startedOn",
                LocalDate.now().minusDays(daysAgo).toString())).post(pair.path() + "/activate").then().statusCode(200);
        return pair;
    }

    public static void complete(String token, Pair pair) {
        Pairs.complete(token, pair.school(), pair.id(), Map.of());
    }

    /** A held meeting of the given day where every mentee of the pair was present. */
    public static Map<String, Object> held(Pair pair, LocalDate date, String topic) {
        Map<String, Object> body = planned(date, topic);
        body.put("kind", "REGULAR");
        body.put("held", true);
        body.put("durationMinutes", 45);
        body.put("notes", "Разобрали задачи олимпиады прошлого года");
        body.put("attendance", pair.mentees().stream().map(m -> Map.of("participantId", m.toString(), "present", true))
                .toList());
        return body;
    }

    /** A meeting planned for the given day. */
    public static Map<String, Object> planned(LocalDate date, String topic) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PLANNING");
        body.put("held", false);
        body.put("date", date.toString());
        body.put("startsAt", "15:00");
        body.put("format", "IN_PERSON");
        body.put("topic", topic);
        return body;
    }

    public static UUID create(String token, Pair pair, Map<String, Object> meeting) {
        return UUID.fromString(as(token).body(meeting).post(pair.meetings()).then().statusCode(201).extract()
                .path("id"));
    }

    /** A new diary link of the pair; its secret token. */
    public static String link(String token, Pair pair) {
        return as(token).post(pair.links()).then().statusCode(201).extract().path("token");
    }

    /**
     * A programme with a plan of these activities, written straight into the database: the diary only reads and
     * marks a programme's activities, whichever way the programme was written. Returns the activities' ids in order.
     */
    public static List<UUID> programme(Pair pair, String... titles) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        UUID programme = UUID.randomUUID();
        List<UUID> activities = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "system", null, null, null);
            em.createNativeQuery("""
                    INSERT INTO programme (id, mentorship_id, school_id, status, mode, meeting_frequency, starts_on,
                                           ends_on, created_by)
                    VALUES (?1, ?2, ?3, 'DRAFT', 'IN_PERSON', 'WEEKLY', current_date - 30, current_date + 150,
                            'Куратор')
                    """).setParameter(1, programme).setParameter(2, pair.id()).setParameter(3, pair.school())
                    .executeUpdate();
            for (int i = 0; i < titles.length; i++) {
                UUID id = UUID.randomUUID();
                em.createNativeQuery("""
                        INSERT INTO programme_activity (id, programme_id, school_id, position, direction, title,
                                                        due_on, performer, status)
                        VALUES (?1, ?2, ?3, ?4, 'STUDY', ?5, current_date + ?4 * 7, 'BOTH', 'PLANNED')
                        """).setParameter(1, id).setParameter(2, programme).setParameter(3, pair.school())
                        .setParameter(4, i).setParameter(5, titles[i]).executeUpdate();
                activities.add(id);
            }
        });
        return activities;
    }

    /** Runs a statement as the system, past every scope: for what only time would otherwise do (expiry, age). */
    public static void asSystem(String sql, Object... parameters) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            RowScope.apply(em, "system", null, null, null);
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }
}
