package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Scopes;

/** PostgreSQL alone keeps mentorships, their history and orders inside their school, and history unchangeable. */
@QuarkusTest
class MentorshipRowLevelSecurityTest {

    private static final List<String> TABLES = List.of("mentorship", "mentorship_mentee", "mentorship_event",
            "school_order");

    @Inject
    EntityManager em;

    /** A mentorship with its mentee, history entry and order in school A2, written under that school's scope. */
    private UUID seedInSchoolA2() {
        Scopes.Pair pair = Scopes.pairInSchoolA2(em);
        Scopes.run(em, """
                INSERT INTO mentorship_event (id, mentorship_id, school_id, kind, to_status, actor_login, actor_name)
                VALUES (gen_random_uuid(), :mentorship, :school, 'PROPOSED', 'PROPOSED', 'curator', 'Куратор')
                """, pair.ids());
        return pair.mentorship();
    }

    @Test
    @TestTransaction
    void onlyTheSchoolItselfSeesItsMentorshipsHistoryAndOrders() {
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
        });
    }

    @Test
    @TestTransaction
    void historyCannotBeRewrittenEvenByItsOwnSchool() {
        UUID mentorship = seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("UPDATE mentorship_event SET comment = 'подделка'"
                + " WHERE mentorship_id = :m").setParameter("m", mentorship).executeUpdate())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    @TestTransaction
    void anIssuedOrderCannotBeDeleted() {
        seedInSchoolA2();
        assertThatThrownBy(() -> em.createNativeQuery("DELETE FROM school_order WHERE school_id = :s")
                .setParameter("s", Demo.SCHOOL_A2).executeUpdate()).hasStackTraceContaining("permission denied");
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
