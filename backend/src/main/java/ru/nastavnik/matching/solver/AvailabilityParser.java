package ru.nastavnik.matching.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reading of free-text availability described in {@link Availability#parse(String)}. */
final class AvailabilityParser {

    private enum Type {
        ANY_TIME, WHOLE_DAY, HOUR_RANGE, HOURS_DASHED, AFTER_HOUR, BEFORE_HOUR, AT_HOUR, AT_TIME, MORNING,
        AFTERNOON, EVENING, DAY_RANGE, EVERY_DAY, WEEKDAYS, WEEKEND, DAY, EXCEPT, NEGATION, SEPARATOR
    }

    private static final String MONDAY = "понедельн\\p{L}*|пн";
    private static final String TUESDAY = "вторн\\p{L}*|вт";
    private static final String WEDNESDAY = "сред(?:а|у|ы|ам|ами|ах|е)|ср";
    private static final String THURSDAY = "четверг\\p{L}*|чт";
    private static final String FRIDAY = "пятниц\\p{L}*|пт";
    private static final String SATURDAY = "суббот\\p{L}*|сб";
    private static final String SUNDAY = "воскресен\\p{L}*|вс";
    private static final List<Pattern> DAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)
            .stream().map(d -> Pattern.compile("(?<!\\p{L})(?:" + d + ")(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS))
            .toList();
    private static final String ANY_DAY = "(?:" + String.join("|", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
            SATURDAY, SUNDAY) + ")";
    private static final String DASH = "(?:-|–|—)";
    private static final String HOUR = "(\\d{1,2})(?:[:.]\\d{2})?";

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(?:[:.]\\d{2})?");
    private static final Pattern TOKENS = Pattern.compile(String.join("|",
            word("в любое время|любое время|когда угодно|в любой момент|круглосуточно|всегда"),
            word("весь день|целый день|в течение дня|в любое время дня"),
            word("(?:с|от)\\s*" + HOUR + "\\s*(?:ч\\p{L}*\\.?\\s*)?(?:до|" + DASH + ")\\s*" + HOUR),
            word(HOUR + "\\s*(?:до|" + DASH + ")\\s*" + HOUR),
            word("(?:после|не раньше|не ранее|позже)\\s*" + HOUR),
            word("(?:до|не позже|не позднее|раньше)\\s*" + HOUR),
            word("(?:в|к)\\s*" + HOUR + "\\s*ч\\p{L}*"),
            word("(\\d{1,2})[:.]\\d{2}"),
            word("утр\\p{L}*|до уроков|до обеда|перед уроками|до занятий|перед занятиями|(?:в )?первой половине дня"
                    + "|первая половина дня"),
            word("дн[её]м|обед\\p{L}*|после обеда|после уроков|после занятий|после школы|после уч[её]бы"
                    + "|после пар|(?:во )?второй половине дня|вторая половина дня"),
            word("вечер\\p{L}*|после работы"),
            word("(?:(?:с|со|от)\\s+" + ANY_DAY + "\\s*(?:по|до|" + DASH + ")\\s*" + ANY_DAY + ")|(?:" + ANY_DAY
                    + "\\s*" + DASH + "\\s*" + ANY_DAY + ")"),
            word("ежедневно|каждый день|любой день|всю неделю|все дни|семь дней в неделю"),
            word("будн\\p{L}*|рабоч\\p{L}* дн\\p{L}*"),
            word("выходн\\p{L}*"),
            word(ANY_DAY),
            word("кроме|за исключением|не считая|только не"),
            word("не могу|не смогу|не получится|не выйдет|не подходит|не удобно|неудобно|нельзя|занят\\p{L}*|нет"
                    + "|не"),
            "(?:[,;\\n]|\\.(?!\\d)|(?<!\\p{L})(?:а|или|но)(?!\\p{L}))"), Pattern.UNICODE_CHARACTER_CLASS);

    private AvailabilityParser() {
    }

    private static String word(String alternatives) {
        return "(?<![\\p{L}\\d])((?:" + alternatives + ")(?![\\p{L}\\d]))";
    }

    static Availability parse(String text) {
        if (text == null || text.isBlank()) {
            return Availability.UNKNOWN;
        }
        String normalised = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Matcher m = TOKENS.matcher(normalised);
        List<Group> groups = new ArrayList<>();
        Group group = new Group();
        groups.add(group);
        while (m.find()) {
            Type type = typeOf(m);
            String token = m.group();
            switch (type) {
                case ANY_TIME -> {
                    group = group.add(groups, EnumSet.allOf(DayOfWeek.class), null);
                    group = group.add(groups, null, EnumSet.allOf(PartOfDay.class));
                }
                case WHOLE_DAY -> group = group.add(groups, null, EnumSet.allOf(PartOfDay.class));
                case HOUR_RANGE, HOURS_DASHED -> {
                    List<Integer> hours = numbers(token);
                    group = group.add(groups, null, partsBetween(hours.get(0), hours.get(1)));
                }
                case AFTER_HOUR -> group = group.add(groups, null, partsBetween(numbers(token).get(0), 23));
                case BEFORE_HOUR -> group = group.add(groups, null, partsBetween(6, numbers(token).get(0)));
                case AT_HOUR, AT_TIME -> {
                    int hour = numbers(token).get(0);
                    group = group.add(groups, null, hour <= 23 ? EnumSet.of(PartOfDay.ofHour(hour)) : null);
                }
                case MORNING -> group = group.add(groups, null, EnumSet.of(PartOfDay.MORNING));
                case AFTERNOON -> group = group.add(groups, null, EnumSet.of(PartOfDay.AFTERNOON));
                case EVENING -> group = group.add(groups, null, EnumSet.of(PartOfDay.EVENING));
                case DAY_RANGE -> group = group.add(groups, dayRange(token), null);
                case EVERY_DAY -> group = group.add(groups, EnumSet.allOf(DayOfWeek.class), null);
                case WEEKDAYS -> group = group.add(groups, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null);
                case WEEKEND -> group = group.add(groups, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null);
                case DAY -> group = group.add(groups, EnumSet.of(dayOf(token, 0).day), null);
                case EXCEPT -> group.except = true;
                case NEGATION -> group.negate();
                case SEPARATOR -> group = group.separate(groups);
            }
        }
        EnumSet<Slot> slots = EnumSet.noneOf(Slot.class);
        for (Group g : groups) {
            g.addSlotsTo(slots);
        }
        return new Availability(slots);
    }

    /** The alternatives of {@link #TOKENS} come in the order of {@link Type}; the separator captures nothing. */
    private static Type typeOf(Matcher m) {
        int group = 1;
        for (Type type : Type.values()) {
            if (type == Type.SEPARATOR) {
                break;
            }
            if (m.group(group) != null) {
                return type;
            }
            group += capturingGroups(type);
        }
        return Type.SEPARATOR;
    }

    /** Capturing groups of an alternative: the whole word, plus one per hour in it. */
    private static int capturingGroups(Type type) {
        return switch (type) {
            case HOUR_RANGE, HOURS_DASHED -> 3;
            case AFTER_HOUR, BEFORE_HOUR, AT_HOUR, AT_TIME -> 2;
            default -> 1;
        };
    }

    private static List<Integer> numbers(String token) {
        List<Integer> hours = new ArrayList<>();
        Matcher m = NUMBER.matcher(token);
        while (m.find()) {
            hours.add(Integer.parseInt(m.group(1)));
        }
        return hours;
    }

    /** The parts of day touched by the hours from {@code from} up to {@code to}, or null for impossible hours. */
    private static EnumSet<PartOfDay> partsBetween(int from, int to) {
        if (from > 23 || to > 24) {
            return null;
        }
        int end = to > from ? to : 24;
        EnumSet<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        for (int h = from; h < end; h++) {
            parts.add(PartOfDay.ofHour(h));
        }
        return parts;
    }

    private record Found(DayOfWeek day, int end) {
    }

    private static Found dayOf(String token, int from) {
        Found best = null;
        int bestStart = Integer.MAX_VALUE;
        for (int i = 0; i < DAYS.size(); i++) {
            Matcher m = DAYS.get(i).matcher(token);
            if (m.find(from) && m.start() < bestStart) {
                bestStart = m.start();
                best = new Found(DayOfWeek.of(i + 1), m.end());
            }
        }
        return best;
    }

    private static EnumSet<DayOfWeek> dayRange(String token) {
        Found first = dayOf(token, 0);
        Found last = dayOf(token, first.end);
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = first.day; ; d = d.plus(1)) {
            days.add(d);
            if (d == last.day) {
                return days;
            }
        }
    }

    /**
     * Days and parts of day that go together. A group is complete once it has both and the kind it started with
     * comes again ("вторник утром, четверг вечером"), or at a separator.
     */
    private static final class Group {
        final EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        final EnumSet<DayOfWeek> excluded = EnumSet.noneOf(DayOfWeek.class);
        final EnumSet<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        final EnumSet<PartOfDay> excludedParts = EnumSet.noneOf(PartOfDay.class);
        /** What the current clause (since the last separator) named, and which of it was new to the group. */
        final EnumSet<DayOfWeek> clauseDays = EnumSet.noneOf(DayOfWeek.class);
        final EnumSet<DayOfWeek> clauseNewDays = EnumSet.noneOf(DayOfWeek.class);
        final EnumSet<PartOfDay> clauseParts = EnumSet.noneOf(PartOfDay.class);
        final EnumSet<PartOfDay> clauseNewParts = EnumSet.noneOf(PartOfDay.class);
        Boolean startedWithDays;
        boolean except;
        /** Whether the exception being read has excluded days yet: a part after them narrows, one alone excludes. */
        boolean exceptHasDays;

        /** Adds days or parts, to this group or to a new one; returns the group that took them. */
        Group add(List<Group> groups, Set<DayOfWeek> newDays, Set<PartOfDay> newParts) {
            if (newDays == null && newParts == null) {
                return this;
            }
            boolean isDays = newDays != null;
            if (isDays && except) {
                excluded.addAll(newDays);
                exceptHasDays = true;
                return this;
            }
            if (!isDays && except && !exceptHasDays) {
                excludedParts.addAll(newParts);
                return this;
            }
            except = false;
            exceptHasDays = false;
            if (complete() && startedWithDays == isDays) {
                Group next = new Group();
                groups.add(next);
                return next.add(groups, newDays, newParts);
            }
            if (startedWithDays == null) {
                startedWithDays = isDays;
            }
            if (isDays) {
                remember(newDays, days, clauseDays, clauseNewDays);
            } else {
                remember(newParts, parts, clauseParts, clauseNewParts);
            }
            return this;
        }

        private static <E extends Enum<E>> void remember(Set<E> named, Set<E> group, Set<E> clause,
                Set<E> clauseNew) {
            for (E e : named) {
                if (group.add(e)) {
                    clauseNew.add(e);
                }
            }
            clause.addAll(named);
        }

        /**
         * "не", "не могу", "нельзя", "занят": before anything of its clause it excludes what follows, as "кроме"
         * does ("не могу в пятницу", "только не по понедельникам"); after it, it excludes what the clause named
         * ("в пятницу не могу", "вечером нельзя").
         */
        void negate() {
            if (clauseDays.isEmpty() && clauseParts.isEmpty()) {
                except = true;
                return;
            }
            days.removeAll(clauseNewDays);
            excluded.addAll(clauseDays);
            parts.removeAll(clauseNewParts);
            excludedParts.addAll(clauseParts);
            if (days.isEmpty() && parts.isEmpty()) {
                startedWithDays = null;
            }
            clearClause();
        }

        private void clearClause() {
            clauseDays.clear();
            clauseNewDays.clear();
            clauseParts.clear();
            clauseNewParts.clear();
        }

        Group separate(List<Group> groups) {
            except = false;
            exceptHasDays = false;
            clearClause();
            if (!complete()) {
                return this;
            }
            Group next = new Group();
            groups.add(next);
            return next;
        }

        boolean complete() {
            return !days.isEmpty() && !parts.isEmpty();
        }

        void addSlotsTo(Set<Slot> slots) {
            if (days.isEmpty() && parts.isEmpty() && excluded.isEmpty() && excludedParts.isEmpty()) {
                return;
            }
            // Parts of day without days are school days ("после уроков"); only excluded days leave the whole week
            // ("не могу в пятницу").
            EnumSet<DayOfWeek> d = !days.isEmpty() ? EnumSet.copyOf(days)
                    : excluded.isEmpty() || !parts.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                    : EnumSet.allOf(DayOfWeek.class);
            d.removeAll(excluded);
            EnumSet<PartOfDay> p = parts.isEmpty() ? EnumSet.allOf(PartOfDay.class) : EnumSet.copyOf(parts);
            p.removeAll(excludedParts);
            for (DayOfWeek day : d) {
                for (PartOfDay part : p) {
                    slots.add(Slot.of(day, part));
                }
            }
        }
    }
}
