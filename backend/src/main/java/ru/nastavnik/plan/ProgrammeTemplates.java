package ru.nastavnik.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import ru.nastavnik.participant.MentoringForm;

/**
 * The built-in programme templates, kept as data in {@code plan/programme-templates.json}. They are checked when
 * read, so a template whose activity's direction does not fit its form, or that points at a goal it does not
 * have, stops the application from starting instead of reaching a school.
 */
@Startup
@ApplicationScoped
public class ProgrammeTemplates {

    static final String RESOURCE = "plan/programme-templates.json";
    /** A programme lasts a year at most. */
    private static final int MAX_WEEK = 52;

    private final List<ProgrammeTemplate> all;

    @Inject
    ProgrammeTemplates(ObjectMapper json) {
        this.all = read(json);
    }

    /** The templates of a form, or all of them. */
    public List<ProgrammeTemplate> list(MentoringForm form) {
        return all.stream().filter(t -> form == null || t.form() == form).toList();
    }

    public Optional<ProgrammeTemplate> find(String code) {
        return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static List<ProgrammeTemplate> read(ObjectMapper json) {
        List<ProgrammeTemplate> templates;
        try (InputStream in = ProgrammeTemplates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            templates = json.readValue(in, new TypeReference<List<ProgrammeTemplate>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ProgrammeTemplate t : templates) {
            if (!codes.add(t.code())) {
                problems.add(t.code() + ": the code is used twice");
            }
            problems.addAll(problems(t));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid programme templates: " + String.join("; ", problems));
        }
        return List.copyOf(templates);
    }

    /** What is wrong with a template, if anything. */
    static List<String> problems(ProgrammeTemplate t) {
        List<String> problems = new ArrayList<>();
        for (String text : new String[] { t.code(), t.title(), t.summary(), t.problem(), t.content(),
                t.intermediateResults(), t.finalResults(), t.conditions() }) {
            if (text == null || text.isBlank()) {
                problems.add(t.code() + ": a text of the explanatory note is empty");
            }
        }
        if (t.form() == null || t.mode() == null || t.meetingFrequency() == null || t.goals().isEmpty()
                || t.activities().isEmpty()) {
            problems.add(t.code() + ": form, mode, meeting frequency, goals and activities are required");
            return problems;
        }
        t.goals().forEach(g -> {
            if (g.title() == null || g.title().isBlank()) {
                problems.add(t.code() + ": a goal has no title");
            }
        });
        for (ProgrammeTemplate.Activity a : t.activities()) {
            if (a.direction() == null || !a.direction().fits(t.form())) {
                problems.add(t.code() + ": «" + a.title() + "» has a direction that does not fit " + t.form());
            }
            if (a.goal() != null && (a.goal() < 0 || a.goal() >= t.goals().size())) {
                problems.add(t.code() + ": «" + a.title() + "» points at a goal the template does not have");
            }
            if (a.week() < 0 || a.week() > MAX_WEEK) {
                problems.add(t.code() + ": «" + a.title() + "» is due after more than a year");
            }
            if (a.title() == null || a.title().isBlank() || a.performer() == null) {
                problems.add(t.code() + ": an activity has no title or performer");
            }
        }
        return problems;
    }
}
