package ru.nastavnik.completion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How a programme's impact is measured, kept apart from the database so that every rule can be checked by hand.
 *
 * <p>A mentee fills the entry self-assessment (ENTRY) when the pair starts and the same questions again when it
 * ends; each response is kept, the newer superseding the older only as "current". The <b>entry</b> measurement is
 * the mentee's first response on or after the pair's start, or, when there is none, the latest one before it; a
 * response given on or after the day of completion answers the final questionnaire and is never the entry. The
 * <b>final</b> one is the latest response after the completion; as that is the latest of all whenever there is
 * one, the rule comes to: the latest response, provided it is later than the entry. For each scale question the
 * <b>change</b> is final minus entry; a mentee's <b>overall change</b> is the mean of the changes of the questions
 * answered both times.
 *
 * <p>A school's summary counts only <b>measured</b> mentees: those with an overall change. Per question it gives
 * the means of the entry and final scores and of the change over the measured mentees who answered that question
 * both times; overall, the mean of the measured mentees' overall changes; and the share of measured mentees whose
 * overall change is above zero (improved).
 */
final class Impact {

    private Impact() {
    }

    /** A scale question of the self-assessment. */
    record Question(String id, String text, int min, int max) {
    }

    /** One filled self-assessment: when, which scale questions it asked, and the scores given. */
    record Taken(UUID responseId, Instant at, LocalDate on, List<Question> questions, Map<String, Integer> scores) {
    }

    /** One question compared; a missing side leaves the change unknown. */
    record Change(Question question, Integer entry, Integer fin) {

        Integer change() {
            return entry == null || fin == null ? null : fin - entry;
        }
    }

    /** One mentee's comparison. */
    record Comparison(Taken entry, Taken fin, List<Change> changes) {

        /** The mean of the changes of the questions answered both times; null when there is none. */
        Double overall() {
            return mean(changes.stream().map(Change::change).filter(Objects::nonNull).toList());
        }
    }

    /** A question over a school's measured mentees. */
    record QuestionFigures(Question question, int mentees, double entryMean, double finalMean, double meanChange) {
    }

    record Summary(int measured, int improved, Double improvedShare, Double overallChange,
            List<QuestionFigures> questions) {
    }

    /** The entry measurement among a mentee's responses, oldest first; {@code end} is null while the pair works. */
    static Optional<Taken> entry(List<Taken> inOrder, LocalDate start, LocalDate end) {
        Optional<Taken> firstSinceStart = inOrder.stream()
                .filter(t -> !t.on().isBefore(start) && (end == null || t.on().isBefore(end))).findFirst();
        if (firstSinceStart.isPresent()) {
            return firstSinceStart;
        }
        return inOrder.stream().filter(t -> t.on().isBefore(start)).reduce((earlier, later) -> later);
    }

    /** The final measurement: the latest response, when it is not the entry itself. */
    static Optional<Taken> fin(List<Taken> inOrder, Taken entry) {
        if (entry == null || inOrder.isEmpty()) {
            return Optional.empty();
        }
        Taken latest = inOrder.get(inOrder.size() - 1);
        return latest.at().isAfter(entry.at()) ? Optional.of(latest) : Optional.empty();
    }

    /** Entry and final of a mentee whose responses, oldest first, are given. */
    static Comparison compare(List<Taken> inOrder, LocalDate start, LocalDate end) {
        Taken entry = entry(inOrder, start, end).orElse(null);
        Taken fin = fin(inOrder, entry).orElse(null);
        // The final version's wording first: it is what the mentee read last; questions only the entry asked follow.
        Map<String, Question> questions = new LinkedHashMap<>();
        if (fin != null) {
            fin.questions().forEach(q -> questions.put(q.id(), q));
        }
        if (entry != null) {
            entry.questions().forEach(q -> questions.putIfAbsent(q.id(), q));
        }
        List<Change> changes = questions.values().stream().map(q -> new Change(q,
                entry == null ? null : entry.scores().get(q.id()), fin == null ? null : fin.scores().get(q.id())))
                .toList();
        return new Comparison(entry, fin, changes);
    }

    static Summary summarise(List<Comparison> comparisons) {
        List<Comparison> measured = comparisons.stream().filter(c -> c.overall() != null).toList();
        Map<String, List<Change>> byQuestion = new LinkedHashMap<>();
        for (Comparison c : measured) {
            c.changes().stream().filter(ch -> ch.change() != null)
                    .forEach(ch -> byQuestion.computeIfAbsent(ch.question().id(), k -> new ArrayList<>()).add(ch));
        }
        List<QuestionFigures> questions = byQuestion.values().stream()
                .map(list -> new QuestionFigures(list.get(0).question(), list.size(),
                        mean(list.stream().map(Change::entry).toList()),
                        mean(list.stream().map(Change::fin).toList()),
                        mean(list.stream().map(Change::change).toList())))
                .toList();
        int improved = (int) measured.stream().filter(c -> c.overall() > 0).count();
        Double share = measured.isEmpty() ? null : (double) improved / measured.size();
        return new Summary(measured.size(), improved, share, mean(measured.stream().map(Comparison::overall).toList()),
                questions);
    }

    /** The arithmetic mean; null for no values. */
    static Double mean(List<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Number v : values) {
            sum += v.doubleValue();
        }
        return sum / values.size();
    }
}
