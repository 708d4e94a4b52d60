package ru.nastavnik.org;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;

@ApplicationScoped
@Transactional
@RowScoped
public class ContingentService {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** What an upsert did, so that the resource can answer 201 or 200. */
    public record Saved(ContingentView contingent, boolean created) {
    }

    @Inject
    SchoolService schools;

    public List<ContingentView> list(UUID schoolId) {
        School school = schools.find(schoolId);
        return Contingent.<Contingent>find("school", Sort.descending("startYear"), school).stream()
                .map(ContingentView::of).toList();
    }

    public Saved put(UUID schoolId, int startYear, ContingentInput input) {
        checkYear(startYear);
        if (input.youngTeachers() > input.teachers()) {
            throw ApiException.invalid("youngTeachers", "Молодых педагогов не может быть больше, чем всех педагогов");
        }
        School school = schools.findWritable(schoolId);
        Contingent c = Contingent.<Contingent>find("school = ?1 and startYear = ?2", school, startYear)
                .firstResultOptional().orElse(null);
        boolean created = c == null;
        if (created) {
            if (input.version() != null) {
                throw ApiException.staleVersion();
            }
            c = new Contingent();
            c.school = school;
            c.startYear = startYear;
        } else if (input.version() == null) {
            throw ApiException.conflict("conflict", "Контингент уже записан",
                    "За " + startYear + "/" + (startYear + 1) + " учебный год контингент уже есть. Обновите страницу.");
        } else {
            Versioned.check(input.version(), c.version);
        }
        c.pupils = input.pupils();
        c.teachers = input.teachers();
        c.youngTeachers = input.youngTeachers();
        c.additionalPupils = input.additionalPupils();
        c.persist();
        Contingent.flush();
        return new Saved(ContingentView.of(c), created);
    }

    public void delete(UUID schoolId, int startYear) {
        checkYear(startYear);
        School school = schools.findWritable(schoolId);
        long deleted = Contingent.delete("school = ?1 and startYear = ?2", school, startYear);
        if (deleted == 0) {
            throw NotFound.contingent();
        }
    }

    private static void checkYear(int startYear) {
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
            throw ApiException.invalid("startYear", "Год начала учебного года — от " + FIRST_YEAR + " до " + LAST_YEAR);
        }
    }
}
