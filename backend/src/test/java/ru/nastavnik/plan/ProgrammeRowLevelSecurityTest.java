package ru.nastavnik.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.common.RowScope;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Scopes;

/** PostgreSQL alone keeps a pair's programme inside its school, and the programme's revisions unchangeable. */
@QuarkusTest
class ProgrammeRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("programme", "programme_goal", "programme_activity",
            "programme_agreement", "programme_revision");

    @Inject
    EntityManager em;

    /** A pair of school A2 with its agreed programme, a goal, an activity, an agreement and a revision. */
    private UUID seedInSchoolA2() {
        Map<String, UUID> ids = new HashMap<>(Scopes.pairInSchoolA2(em).ids());
        ids.put("programme", UUID.randomUUID());
        ids.put("goal", UUID.randomUUID());
        Scopes.run(em, """
                INSERT INTO programme (id, mentorship_id, school_id, status, mode, meeting_frequency, starts_on,
                                       ends_on, agreed_on, created_by)
                VALUES (:programme, :mentorship, :school, 'AGREED', 'IN_PERSON', 'WEEKLY', current_date,
                        current_date + 180, current_date, 'Куратор')
                """, ids);
        Scopes.run(em, """
                INSERT INTO programme_goal (id, programme_id, school_id, position, title)
                VALUES (:goal, :programme, :school, 0, 'Цель')
                """, ids);
        Scopes.run(em, """
                INSERT INTO programme_activity (id, programme_id, school_id, goal_id, position, direction, title,
                                                due_on, performer, status)
                VALUES (gen_random_uuid(), :programme, :school, :goal, 0, 'STUDY', 'Мероприятие', current_date + 7,
                        'BOTH', 'PLANNED')
                """, ids);
        Scopes.run(em, """
                INSERT INTO programme_agreement (id, programme_id, school_id, participant_id, given_by, giver_name,
                                                 agreed_on)
                VALUES (gen_random_uuid(), :programme, :school, :mentee, 'PARENT', 'Родитель', current_date)
                """, ids);
        Scopes.run(em, """
                INSERT INTO programme_revision (id, programme_id, school_id, actor_login, actor_name, reason, summary,
                                                snapshot)
                VALUES (gen_random_uuid(), :programme, :school, 'curator', 'Куратор', 'Причина', 'Изменено', '{}')
                """, ids);
        return ids.get("programme");
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsProgrammes() {
        seedInSchoolA2();
        for (String table : TABLES) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                    .as(table).isPositive();
        }
        Scopes.outsidersOfSchoolA2(em, role -> {
            for (String table : TABLES) {
                assertThat(count("SELECT count(*) FROM " + table + " WHERE school_id = '" + Demo.SCHOOL_A2 + "'"))
                        .as(table + " as " + role).isZero();
            }
            assertThat(em.createNativeQuery("UPDATE programme_activity SET title = 'взлом' WHERE school_id = :s")
                    .setParameter("s", Demo.SCHOOL_A2).executeUpdate()).as("update as " + role).isZero();
        });
    }

    @Test
    @TestTransaction
    void anotherSchoolCannotWriteIntoTheProgramme() {
        UUID programme = seedInSchoolA2();
        RowScope.apply(em, "school", null, null, Demo.SCHOOL_A1);
        assertThatThrownBy(() -> em.createNativeQuery("""
                INSERT INTO programme_goal (id, programme_id, school_id, position, title)
                VALUES (gen_random_uuid(), :programme, :school, 1, 'Чужая цель')
                """).setParameter("programme", programme).setParameter("school", Demo.SCHOOL_A2).executeUpdate())
                .hasStackTraceContaining("row-level security");
    }

    @Test
    @TestTransaction
    void revisionsCannotBeRewrittenEvenByTheirOwnSchool() {
        UUID programme = seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("UPDATE programme_revision SET reason = 'подделка'"
                + " WHERE programme_id = :p").setParameter("p", programme).executeUpdate())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    @TestTransaction
    void revisionsCannotBeDeletedEvenByTheirOwnSchool() {
        UUID programme = seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM programme_revision WHERE programme_id = :p")
                .setParameter("p", programme).executeUpdate()).hasStackTraceContaining("permission denied");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
