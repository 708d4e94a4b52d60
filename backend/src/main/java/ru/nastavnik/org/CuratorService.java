package ru.nastavnik.org;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;

@ApplicationScoped
@Transactional
@RowScoped
public class CuratorService {

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    public List<CuratorView> list(UUID schoolId) {
        School school = schools.find(schoolId);
        return Curator.<Curator>find("school", Sort.by("fullName").and("id"), school).stream()
                .map(CuratorView::of).toList();
    }

    public CuratorView get(UUID schoolId, UUID id) {
        return CuratorView.of(find(schools.find(schoolId), id));
    }

    public CuratorView create(UUID schoolId, CuratorInput input) {
        Curator c = new Curator();
        c.school = schools.findWritable(schoolId);
        apply(c, input);
        c.persist();
        Curator.flush();
        CuratorView created = CuratorView.of(c);
        audit.changed(null, created);
        return created;
    }

    public CuratorView update(UUID schoolId, UUID id, CuratorInput input) {
        Curator c = find(schools.findWritable(schoolId), id);
        Versioned.check(input.version(), c.version);
        CuratorView before = CuratorView.of(c);
        apply(c, input);
        Curator.flush();
        CuratorView after = CuratorView.of(c);
        audit.changed(before, after);
        return after;
    }

    public void delete(UUID schoolId, UUID id) {
        find(schools.findWritable(schoolId), id).delete();
    }

    private static Curator find(School school, UUID id) {
        return Curator.<Curator>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(NotFound::curator);
    }

    private static void apply(Curator c, CuratorInput input) {
        c.fullName = input.fullName().trim();
        c.position = input.position().trim();
        c.email = blankToNull(input.email());
        c.phone = blankToNull(input.phone());
        c.orderNumber = input.orderNumber().trim();
        c.orderDate = input.orderDate();
        c.username = blankToNull(input.username());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
