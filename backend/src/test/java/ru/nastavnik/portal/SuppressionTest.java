package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.nastavnik.monitoring.IndicatorUnit;
import ru.nastavnik.portal.Suppression.Cells;
import ru.nastavnik.portal.Suppression.Hidden;
import ru.nastavnik.portal.Suppression.Reason;

/**
 * The suppression rule by tables of cases. A cell is written numerator/denominator ("-": none); a verdict is three
 * letters for the numerator, the denominator and the value: S small count, C complementary, D derived, "." shown.
 */
class SuppressionTest {

    @ParameterizedTest(name = "{0}: {1} = {2} -> {3} | {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # nothing below 5: everything shows
            PERCENT | 60/1000 | 20/400 40/600        | ... | ... ...
            # 0 points to nobody and stays
            PERCENT | 10/1000 | 0/400 10/600         | ... | ... ...
            # one small part would be the total minus the others: the smallest other positive part goes too
            PERCENT | 63/1000 | 3/300 40/400 20/300  | ... | S.D ... C.D
            # two small parts protect each other
            PERCENT | 45/1000 | 3/300 2/400 40/300   | ... | S.D S.D ...
            # a small total: its positive parts are small themselves; zeros stay
            COUNT   | 3/-     | 3/- 0/-              | S.S | S.S ...
            # a zero is no complement: the only other positive part is
            PERCENT | 3/1000  | 3/500 0/500          | S.D | S.D ...
            # small denominators are hidden and complemented in their own column
            PERCENT | 12/20   | 2/3 10/17            | ... | SSD CCD
            # the earlier part on a tie
            COUNT   | 23/-    | 2/- 7/- 7/- 7/-      | ... | S.S C.C ... ...
            # a mean: the respondents are the count; their sum of scores goes with them
            SCORE   | 160/20  | 24/3 136/17          | ... | DSD DCD
            # a mean's sum below 5 is no count
            SCORE   | 4/5     | 4/5                  | ... | ...
            # no contingent: nothing to hide in the denominator
            PERCENT | 7/-     | 7/- 0/-              | ... | ... ...
            """)
    void aTableIsSuppressed(IndicatorUnit unit, String total, String parts, String totalVerdict, String partVerdicts) {
        Suppression<String> s = new Suppression<>(unit);
        s.cell("total", cells(total));
        List<String> keys = new ArrayList<>();
        String[] written = parts.trim().split("\\s+");
        for (int i = 0; i < written.length; i++) {
            keys.add("part" + i);
            s.cell("part" + i, cells(written[i]));
        }
        s.group("total", keys);
        Map<String, Hidden> hidden = s.run();

        assertThat(verdict(hidden.get("total"))).as("total").isEqualTo(totalVerdict);
        assertThat(keys.stream().map(k -> verdict(hidden.get(k))).toList())
                .isEqualTo(List.of(partVerdicts.trim().split("\\s+")));
    }

    @Test
    void aSchoolHiddenInItsMunicipalityIsComplementedThere() {
        Map<String, Hidden> hidden = new Suppression<String>(IndicatorUnit.COUNT)
                .cell("R", cells("50/-")).cell("M1", cells("30/-")).cell("M2", cells("20/-"))
                .cell("S1", cells("3/-")).cell("S2", cells("27/-")).cell("S3", cells("20/-"))
                .group("R", List.of("M1", "M2")).group("M1", List.of("S1", "S2")).group("M2", List.of("S3"))
                .run();
        assertThat(verdict(hidden.get("S1"))).isEqualTo("S.S");
        assertThat(verdict(hidden.get("S2"))).isEqualTo("C.C");
        assertThat(List.of("R", "M1", "M2", "S3").stream().map(k -> verdict(hidden.get(k))).toList())
                .containsOnly("...");
    }

    /**
     * M3 is hidden in the region to protect M1; its only school would then give it away, so it is hidden in M3's
     * own answer too.
     */
    @Test
    void aMunicipalityHiddenInTheRegionHidesOneOfItsSchoolsToo() {
        Map<String, Hidden> hidden = new Suppression<String>(IndicatorUnit.COUNT)
                .cell("R", cells("50/-")).cell("M1", cells("3/-")).cell("M2", cells("40/-")).cell("M3", cells("7/-"))
                .cell("S1", cells("3/-")).cell("S2", cells("40/-")).cell("S3", cells("7/-"))
                .group("R", List.of("M1", "M2", "M3")).group("M1", List.of("S1")).group("M2", List.of("S2"))
                .group("M3", List.of("S3"))
                .run();
        assertThat(verdict(hidden.get("M1"))).isEqualTo("S.S");
        assertThat(verdict(hidden.get("M3"))).isEqualTo("C.C");
        assertThat(verdict(hidden.get("S3"))).isEqualTo("C.C");
        assertThat(verdict(hidden.get("M2"))).isEqualTo("...");
        assertThat(verdict(hidden.get("S2"))).isEqualTo("...");
    }

    @Test
    void aFormHiddenInTheRegionIsComplementedAcrossFormsAndAcrossMunicipalities() {
        Map<String, Hidden> hidden = new Suppression<String>(IndicatorUnit.COUNT)
                .cell("R", cells("40/-")).cell("R/f1", cells("3/-")).cell("R/f2", cells("37/-"))
                .cell("M1", cells("20/-")).cell("M1/f1", cells("0/-")).cell("M1/f2", cells("20/-"))
                .cell("M2", cells("20/-")).cell("M2/f1", cells("3/-")).cell("M2/f2", cells("17/-"))
                .group("R", List.of("R/f1", "R/f2")).group("R", List.of("M1", "M2"))
                .group("R/f1", List.of("M1/f1", "M2/f1")).group("R/f2", List.of("M1/f2", "M2/f2"))
                .group("M1", List.of("M1/f1", "M1/f2")).group("M2", List.of("M2/f1", "M2/f2"))
                .run();
        assertThat(verdict(hidden.get("R/f1"))).isEqualTo("S.S");
        assertThat(verdict(hidden.get("R/f2"))).isEqualTo("C.C");
        assertThat(verdict(hidden.get("M2/f1"))).isEqualTo("S.S");
        assertThat(verdict(hidden.get("M2/f2"))).as("R/f2 is hidden while all its parts showed").isEqualTo("C.C");
        assertThat(verdict(hidden.get("M1/f2"))).isEqualTo("...");
    }

    /**
     * Over many random regions: in no group is exactly one part hidden while the total shows, and no hidden total
     * has all its positive parts shown — the two ways a hidden count could be computed back from one group.
     */
    @Test
    void noHiddenCountCanBeComputedBackFromAnyGroupOfARandomRegion() {
        Random random = new Random(12);
        for (int run = 0; run < 500; run++) {
            Suppression<String> s = new Suppression<>(IndicatorUnit.COUNT);
            Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
            Map<String, Long> counts = new java.util.HashMap<>();
            List<String> municipalities = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(4); m++) {
                List<String> schools = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    long n = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(30);
                    counts.put("S" + m + "." + k, n);
                    schools.add("S" + m + "." + k);
                }
                counts.put("M" + m, schools.stream().mapToLong(counts::get).sum());
                groups.put("M" + m, schools);
                municipalities.add("M" + m);
            }
            counts.put("R", municipalities.stream().mapToLong(counts::get).sum());
            groups.put("R", municipalities);
            counts.forEach((k, n) -> s.cell(k, new Cells(BigDecimal.valueOf(n), null)));
            groups.forEach(s::group);
            Map<String, Hidden> hidden = s.run();

            groups.forEach((total, parts) -> {
                long hiddenParts = parts.stream().filter(p -> hidden.get(p).numerator() != null).count();
                boolean anyPositive = parts.stream().anyMatch(p -> counts.get(p) > 0);
                if (hidden.get(total).numerator() == null) {
                    assertThat(hiddenParts).as("%s of %s in %s", total, parts, counts).isNotEqualTo(1);
                } else if (anyPositive) {
                    assertThat(hiddenParts).as("%s of %s in %s", total, parts, counts).isPositive();
                }
            });
        }
    }

    private static Cells cells(String written) {
        String[] parts = written.trim().split("/");
        return new Cells(new BigDecimal(parts[0]), parts[1].equals("-") ? null : new BigDecimal(parts[1]));
    }

    private static String verdict(Hidden h) {
        return letter(h.numerator()) + letter(h.denominator()) + letter(h.value());
    }

    private static String letter(Reason r) {
        return r == null ? "." : switch (r) {
            case SMALL_COUNT -> "S";
            case COMPLEMENTARY -> "C";
            case DERIVED -> "D";
        };
    }
}
