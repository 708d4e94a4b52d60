package ru.nastavnik.matching.solver;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a participant can meet, as a set of weekly {@link Slot}s (weekday × morning / afternoon / evening). The
 * questionnaires ask this in free text; {@link #parse(String)} turns Russian answers such as "вторник и четверг
 * после уроков" into slots. An empty set means unknown, and unknown availability scores neutrally.
 */
public record Availability(Set<Slot> slots) {

    public static final Availability UNKNOWN = new Availability(Set.of());

    public Availability {
        // an enum set keeps the slots in week order wherever they are listed
        slots = slots == null || slots.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(slots));
    }

    public static Availability of(Collection<Slot> slots) {
        return new Availability(slots == null ? Set.of() : Set.copyOf(slots));
    }

    public static Availability of(Slot... slots) {
        return new Availability(Set.of(slots));
    }

    /**
     * Reads a free-text answer. Recognised, case-insensitively and in any grammatical form:
     * <ul>
     * <li>weekdays in full or short ("вторник", "по средам", "пн", "сб"), ranges ("с понедельника по пятницу",
     * "пн-пт"), "будни", "выходные", "каждый день";</li>
     * <li>what is excluded, before or after what it names: "кроме пятницы", "не могу в пятницу", "в пятницу не
     * могу", "только не по понедельникам", "любой день, кроме выходных", "вечером нельзя", "занята по средам";</li>
     * <li>parts of day: "утром", "до уроков" (morning); "днём", "после уроков", "после обеда" (afternoon);
     * "вечером", "после работы" (evening); "весь день" or "в любое время" (all three);</li>
     * <li>clock times: "в 15:00", "с 14 до 18", "после 16", "15.30-17.00" (before 12 is morning, 12–17
     * afternoon, after 17 evening), "не раньше 15", "не позже 12".</li>
     * </ul>
     * Days and parts mentioned together apply to each other ("вторник и четверг после уроков, суббота утром" is
     * Tuesday and Thursday afternoons and Saturday morning). Days without a part mean the whole day; parts
     * without a day mean Monday to Friday; only excluded days mean the rest of the week. Anything else is ignored; text with nothing recognisable gives
     * {@link #UNKNOWN}.
     */
    public static Availability parse(String text) {
        return AvailabilityParser.parse(text);
    }

    public boolean known() {
        return !slots.isEmpty();
    }

    /** The slots as bits: bit {@code slot.ordinal()}. */
    int mask() {
        int mask = 0;
        for (Slot s : slots) {
            mask |= 1 << s.ordinal();
        }
        return mask;
    }

    static Availability ofMask(int mask) {
        EnumSet<Slot> set = EnumSet.noneOf(Slot.class);
        for (Slot s : Slot.values()) {
            if ((mask & (1 << s.ordinal())) != 0) {
                set.add(s);
            }
        }
        return new Availability(set);
    }
}
