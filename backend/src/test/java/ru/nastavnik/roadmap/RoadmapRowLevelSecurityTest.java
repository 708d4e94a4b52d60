package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.support.ScopedCalls.cast;
import static ru.nastavnik.support.ScopedCalls.inScope;
import static ru.nastavnik.support.ScopedCalls.sqlState;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Roadmaps;
import ru.nastavnik.support.ScopedCalls.As;

/**
 * PostgreSQL alone keeps roadmaps to their scope: a school reads and writes its own, a municipality its own and
 * reads its schools', the region its own and reads its municipalities' but no school's, the portal nothing; and
 * the counts the region gets of its schools come only through roadmap_progress, which checks the scope itself.
 */
@QuarkusTest
class RoadmapRowLevelSecurityTest {

    private static final As SCHOOL_A1 = new As("school", null, null, Demo.SCHOOL_A1);
    private static final As SCHOOL_A2 = new As("school", null, null, Demo.SCHOOL_A2);
    private static final As MUNI_A = new As("municipal", null, Demo.MUNI_A, null);
    private static final As MUNI_B = new As("municipal", null, Demo.MUNI_B, null);
    private static final As REGIONAL = new As("regional", Demo.REGION, null, null);
    private static final As OTHER_REGION = new As("regional", Demo.OTHER_REGION, null, null);
    private static final As PORTAL = new As("portal", Demo.REGION, null, null);

    @Inject
    EntityManager em;

    private UUID school;
    private UUID municipal;
    private UUID regional;

    @BeforeEach
    void roadmaps() {
        school = id(Roadmaps.shared(Roadmaps.place("schools", Demo.SCHOOL_A1)));
        municipal = id(Roadmaps.shared(Roadmaps.place("municipalities", Demo.MUNI_A)));
        regional = id(Roadmaps.shared(Roadmaps.place("regions", Demo.REGION)));
    }

    private static UUID id(String path) {
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void eachReadsItsOwnAndTheLevelBelowOnlyAsTheRulesSay() {
        for (String table : List.of("roadmap", "roadmap_item", "roadmap_evidence")) {
            assertThat(visible(SCHOOL_A1, table)).as(table).containsExactly(school);
            assertThat(visible(SCHOOL_A2, table)).as(table).isEmpty();
            assertThat(visible(MUNI_A, table)).as(table).containsExactlyInAnyOrder(school, municipal);
            assertThat(visible(MUNI_B, table)).as(table).isEmpty();
            assertThat(visible(REGIONAL, table)).as(table).containsExactlyInAnyOrder(municipal, regional);
            assertThat(visible(OTHER_REGION, table)).as(table).isEmpty();
            assertThat(visible(PORTAL, table)).as(table).isEmpty();
        }
    }

    @Test
    void onlyTheOwnerWritesAndARowMustSayTrulyWhereItBelongs() {
        String touch = "UPDATE roadmap SET updated_at = now() WHERE id = ?1";
        assertThat(update(MUNI_A, touch, school)).isZero();
        assertThat(update(SCHOOL_A2, touch, school)).isZero();
        assertThat(update(SCHOOL_A1, touch, school)).isEqualTo(1);
        assertThat(update(REGIONAL, touch, municipal)).isZero();
        assertThat(update(MUNI_A, touch, municipal)).isEqualTo(1);
        assertThat(update(MUNI_A, touch, regional)).isZero();
        assertThat(update(REGIONAL, touch, regional)).isEqualTo(1);
        assertThat(update(MUNI_A, "DELETE FROM roadmap_item WHERE roadmap_id = ?1", school)).isZero();
        // A school's roadmap that claims another municipality would show to that municipality.
        assertThatThrownBy(() -> inScope(em, SCHOOL_A1, () -> em.createNativeQuery("""
                INSERT INTO roadmap (id, level, region_id, municipality_id, school_id, start_year, title, created_by)
                VALUES (gen_random_uuid(), 'SCHOOL', ?1, ?2, ?3, 2099, 'Чужая', 'тест')
                """).setParameter(1, Demo.REGION).setParameter(2, Demo.MUNI_B).setParameter(3, Demo.SCHOOL_A1)
                .executeUpdate())).hasStackTraceContaining("row-level security");
    }

    @Test
    void theRegionCountsItsSchoolsOnlyThroughTheProgressFunctionWhichChecksTheScope() {
        String call = "SELECT count(*) FROM roadmap_progress(?1, ?2, 2040, ?3)";
        assertThat(count(REGIONAL, call, "region", Demo.REGION)).isPositive();
        for (Object[] refused : new Object[][] { { MUNI_A, "region", Demo.REGION },
                { OTHER_REGION, "region", Demo.REGION }, { REGIONAL, "school", Demo.SCHOOL_A1 },
                { MUNI_B, "school", Demo.SCHOOL_A1 }, { SCHOOL_A2, "school", Demo.SCHOOL_A1 },
                { PORTAL, "region", Demo.REGION } }) {
            assertThatThrownBy(() -> count((As) refused[0], call, (String) refused[1], (UUID) refused[2]))
                    .as(refused[0] + " " + refused[1]).satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        }
    }

    private List<UUID> visible(As caller, String table) {
        String column = table.equals("roadmap") ? "id" : "roadmap_id";
        String from = table.equals("roadmap_evidence")
                ? "roadmap_evidence e JOIN roadmap_item i ON i.id = e.item_id" : table;
        String select = table.equals("roadmap_evidence") ? "i.roadmap_id" : column;
        return inScope(em, caller, () -> cast(em.createNativeQuery("SELECT DISTINCT " + select + " FROM " + from
                + " WHERE " + select + " IN (?1, ?2, ?3)").setParameter(1, school).setParameter(2, municipal)
                .setParameter(3, regional).getResultList()));
    }

    private int update(As caller, String sql, UUID id) {
        return inScope(em, caller, () -> em.createNativeQuery(sql).setParameter(1, id).executeUpdate());
    }

    private long count(As caller, String sql, String level, UUID id) {
        return inScope(em, caller, () -> ((Number) em.createNativeQuery(sql).setParameter(1, level)
                .setParameter(2, id).setParameter(3, LocalDate.now()).getSingleResult()).longValue());
    }
}
