package ru.nastavnik.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.monitoring.IndicatorUnit;

/**
 * Small-count suppression of one indicator's figures over a whole region for one period: a grid of cells (the region,
 * its municipalities, their schools; all forms of mentorship together or one form), each a numerator and a
 * denominator, and the groups in which cells add up to another (the municipalities to the region, the schools to
 * their municipality, each form's municipalities to the region's form, a place's forms to the place).
 *
 * <ol>
 * <li><b>Small counts.</b> A count from 1 to 4 is hidden ({@link Reason#SMALL_COUNT}); 0 is shown, since it points
 * to nobody.</li>
 * <li><b>Complementary cells.</b> In a group whose total is shown, one hidden part would be the total minus the
 * others; in a group whose total is hidden, parts all shown would add up to it. Either way the smallest other
 * positive count of the group is hidden too ({@link Reason#COMPLEMENTARY}), the earlier one on a tie. This repeats
 * until no group needs more, since a cell hidden in one group may be a total or a part in another (a school hidden
 * in its municipality, a municipality in the region, a form in its place). Numerators and denominators are
 * suppressed separately.</li>
 * <li><b>Derived values.</b> A percentage or a mean is hidden when its numerator or denominator is
 * ({@link Reason#DERIVED}): with the other one it would give the hidden count back. The numerator of a mean score
 * (a sum of scores, not a count) is hidden with the number of respondents.</li>
 * </ol>
 * For a count indicator (rewards, practices) the value is the numerator and shares its fate. Forms are treated as if
 * they added up to their place, although a person in pairs of two forms counts in both: hiding more than needed is
 * the safe side.
 *
 * @param <K> what names a cell
 */
public final class Suppression<K> {

    /** The smallest count shown as it is. */
    public static final int THRESHOLD = 5;

    public enum Reason {
        SMALL_COUNT, COMPLEMENTARY, DERIVED
    }

    /** A cell as counted. Denominators may be absent (a count, or no contingent). */
    public record Cells(BigDecimal numerator, BigDecimal denominator) {
    }

    /** Why each figure of a cell is hidden; null where it is shown. */
    public record Hidden(Reason numerator, Reason denominator, Reason value) {

        public static final Hidden NONE = new Hidden(null, null, null);
    }

    private record Group<K>(K total, List<K> parts) {
    }

    private final IndicatorUnit unit;
    private final Map<K, Cells> cells = new LinkedHashMap<>();
    private final List<Group<K>> groups = new ArrayList<>();

    public Suppression(IndicatorUnit unit) {
        this.unit = unit;
    }

    public Suppression<K> cell(K key, Cells value) {
        cells.put(key, value);
        return this;
    }

    /** Parts that add up to the total; cells never added are zeros and are left out. */
    public Suppression<K> group(K total, List<K> parts) {
        groups.add(new Group<>(total, parts.stream().filter(cells::containsKey).toList()));
        return this;
    }

    public Map<K, Hidden> run() {
        boolean countNumerator = unit != IndicatorUnit.SCORE;
        Map<K, Reason> numerators = countNumerator ? column(true) : new HashMap<>();
        Map<K, Reason> denominators = column(false);
        Map<K, Hidden> hidden = new LinkedHashMap<>();
        cells.keySet().forEach(k -> hidden.put(k, hidden(numerators.get(k), denominators.get(k))));
        return hidden;
    }

    private Map<K, Reason> column(boolean numerator) {
        Map<K, Reason> hidden = new HashMap<>();
        cells.forEach((k, c) -> {
            if (small(count(c, numerator))) {
                hidden.put(k, Reason.SMALL_COUNT);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group<K> g : groups) {
                long hiddenParts = g.parts().stream().filter(hidden::containsKey).count();
                boolean totalHidden = hidden.containsKey(g.total());
                if (totalHidden ? hiddenParts == 0 : hiddenParts == 1) {
                    K pick = null;
                    for (K part : g.parts()) {
                        BigDecimal v = count(cells.get(part), numerator);
                        if (!hidden.containsKey(part) && v != null && v.signum() > 0
                                && (pick == null || v.compareTo(count(cells.get(pick), numerator)) < 0)) {
                            pick = part;
                        }
                    }
                    if (pick != null) {
                        hidden.put(pick, Reason.COMPLEMENTARY);
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    private Hidden hidden(Reason numerator, Reason denominator) {
        if (unit == IndicatorUnit.SCORE && denominator != null) {
            numerator = Reason.DERIVED;
        }
        Reason value = unit == IndicatorUnit.COUNT ? numerator
                : numerator != null || denominator != null ? Reason.DERIVED : null;
        return numerator == null && denominator == null && value == null ? Hidden.NONE
                : new Hidden(numerator, denominator, value);
    }

    private static BigDecimal count(Cells c, boolean numerator) {
        return numerator ? c.numerator() : c.denominator();
    }

    /** Whether a count is one the rule hides: from 1 to {@value #THRESHOLD} - 1. */
    public static boolean small(BigDecimal count) {
        return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(THRESHOLD)) < 0;
    }
}
