package ru.nastavnik.questionnaire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.Region;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.MentoringForm;

/**
 * Questionnaire templates. A published version is frozen; changing it means a new draft version of the same
 * family. Built-in templates are changed only by a region making its own next version.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class QuestionnaireService {

    private static final Map<String, String> SORTS = Map.of("title", "qt.title", "purpose", "qt.purpose", "createdAt",
            "qt.createdAt");

    @Inject
    Caller caller;

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    public TemplatePage list(String q, Audience audience, Purpose purpose, MentoringForm form, TemplateStatus status,
            boolean latest, PageQuery paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        visibility(where, params);
        if (q != null && !q.isBlank()) {
            where.append(" and lower(qt.title) like :q escape '\\'");
            params.and("q", Search.pattern(q));
        }
        if (audience != null) {
            where.append(" and qt.audience = :audience");
            params.and("audience", audience);
        }
        if (purpose != null) {
            where.append(" and qt.purpose = :purpose");
            params.and("purpose", purpose);
        }
        if (form != null) {
            where.append(" and qt.form = :form");
            params.and("form", form);
        }
        if (status != null) {
            where.append(" and qt.status = :status");
            params.and("status", status);
        }
        if (latest) {
            where.append(" and qt.versionNo = (select max(t.versionNo) from QuestionnaireTemplate t"
                    + " where t.familyId = qt.familyId)");
        }
        PanacheQuery<QuestionnaireTemplate> query = QuestionnaireTemplate
                .find("from QuestionnaireTemplate qt where " + where, paging.toSort(SORTS, "title", "qt.id"), params)
                .page(paging.toPage());
        return new TemplatePage(query.list().stream().map(this::view).toList(), query.count(), paging.page,
                paging.size);
    }

    public TemplateView get(UUID id) {
        return view(find(id));
    }

    public List<TemplateView> versions(UUID id) {
        QuestionnaireTemplate t = find(id);
        StringBuilder where = new StringBuilder("qt.familyId = :family");
        Parameters params = Parameters.with("family", t.familyId);
        visibility(where, params);
        return QuestionnaireTemplate.<QuestionnaireTemplate>find("from QuestionnaireTemplate qt where " + where
                + " order by qt.versionNo desc", params).stream()
                .map(this::view).toList();
    }

    public TemplateView create(TemplateInput input) {
        QuestionnaireTemplate t = new QuestionnaireTemplate();
        t.id = UUID.randomUUID();
        t.familyId = UUID.randomUUID();
        t.versionNo = 1;
        t.status = TemplateStatus.DRAFT;
        if (caller.is(Role.school)) {
            School school = scope.school(caller.schoolId())
                    .orElseThrow(() -> ApiException.forbidden("Организация учётной записи не найдена."));
            t.schoolId = school.id;
            t.regionId = school.municipality.region.id;
        } else {
            t.regionId = caller.regionId();
        }
        apply(t, input);
        t.persist();
        em.flush();
        return view(t);
    }

    public TemplateView update(UUID id, TemplateInput input) {
        QuestionnaireTemplate t = findWritable(id);
        Versioned.check(input.version(), t.version);
        requireDraft(t);
        apply(t, input);
        em.flush();
        return view(t);
    }

    public TemplateView publish(UUID id) {
        QuestionnaireTemplate t = findWritable(id);
        requireDraft(t);
        for (QuestionnaireTemplate previous : QuestionnaireTemplate.<QuestionnaireTemplate>list(
                "familyId = ?1 and status = ?2", t.familyId, TemplateStatus.PUBLISHED)) {
            if (writable(previous)) {
                previous.status = TemplateStatus.RETIRED;
            }
        }
        t.status = TemplateStatus.PUBLISHED;
        t.publishedAt = Instant.now();
        em.flush();
        return view(t);
    }

    /** A new draft from this version: the way to change a published questionnaire. */
    public TemplateView newVersion(UUID id) {
        QuestionnaireTemplate source = find(id);
        boolean builtIn = source.regionId == null && source.schoolId == null;
        if (!(writable(source) || builtIn && caller.is(Role.regional))) {
            throw notYours(source);
        }
        if (QuestionnaireTemplate.count("familyId = ?1 and status = ?2", source.familyId, TemplateStatus.DRAFT) > 0) {
            throw ApiException.conflict("draft-exists", "У анкеты уже есть черновик",
                    "Продолжите работу с существующим черновиком или опубликуйте его.");
        }
        Integer last = em.createQuery("select max(versionNo) from QuestionnaireTemplate where familyId = :f",
                Integer.class).setParameter("f", source.familyId).getSingleResult();
        QuestionnaireTemplate t = new QuestionnaireTemplate();
        t.id = UUID.randomUUID();
        t.familyId = source.familyId;
        t.versionNo = last + 1;
        t.status = TemplateStatus.DRAFT;
        t.regionId = builtIn ? caller.regionId() : source.regionId;
        t.schoolId = source.schoolId;
        t.title = source.title;
        t.description = source.description;
        t.audience = source.audience;
        t.purpose = source.purpose;
        t.form = source.form;
        t.questions = new ArrayList<>(source.questions);
        t.persist();
        em.flush();
        return view(t);
    }

    public void delete(UUID id) {
        QuestionnaireTemplate t = findWritable(id);
        requireDraft(t);
        t.delete();
    }

    QuestionnaireTemplate find(UUID id) {
        StringBuilder where = new StringBuilder("qt.id = :id");
        Parameters params = Parameters.with("id", id);
        visibility(where, params);
        return QuestionnaireTemplate.<QuestionnaireTemplate>find("from QuestionnaireTemplate qt where " + where, params)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Анкета не найдена"));
    }

    private QuestionnaireTemplate findWritable(UUID id) {
        QuestionnaireTemplate t = find(id);
        if (!writable(t)) {
            throw notYours(t);
        }
        return t;
    }

    /**
     * Built-in and regional templates for everyone in the region; a school's own ones for that school and those
     * above it. Conditions name the template "qt".
     */
    private void visibility(StringBuilder where, Parameters params) {
        UUID region = regionOfCaller();
        where.append(" and (qt.schoolId is null and (qt.regionId is null or qt.regionId = :scopeRegion)");
        params.and("scopeRegion", region);
        if (caller.is(Role.school)) {
            where.append(" or qt.schoolId = :scopeSchool)");
            params.and("scopeSchool", caller.schoolId());
        } else {
            OrgScope.Filter schools = scope.schools();
            where.append(" or qt.schoolId in (select id from School where ").append(schools.where()).append("))");
            schools.params().map().forEach(params::and);
        }
    }

    private UUID regionOfCaller() {
        if (caller.regionId() != null && caller.is(Role.regional)) {
            return caller.regionId();
        }
        OrgScope.Filter f = scope.regions();
        return Region.<Region>find(f.where(), f.params()).firstResultOptional().map(r -> r.id).orElse(null);
    }

    private boolean writable(QuestionnaireTemplate t) {
        return switch (caller.role()) {
            case regional -> t.schoolId == null && caller.regionId().equals(t.regionId);
            case school -> caller.schoolId().equals(t.schoolId);
            default -> false;
        };
    }

    private static ApiException notYours(QuestionnaireTemplate t) {
        return ApiException.forbidden(t.schoolId != null ? "Эту анкету меняет только организация, которая её создала."
                : t.regionId == null ? "Встроенную анкету нельзя изменить; регион может выпустить её новую версию."
                        : "Региональные анкеты меняет региональный координатор.");
    }

    private static void requireDraft(QuestionnaireTemplate t) {
        if (t.status != TemplateStatus.DRAFT) {
            throw ApiException.conflict("template-frozen", "Опубликованная анкета не меняется",
                    "Создайте новую версию анкеты, измените и опубликуйте её.");
        }
    }

    private static void apply(QuestionnaireTemplate t, TemplateInput input) {
        List<FieldError> errors = QuestionRules.check(input.questions());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        t.title = input.title().trim();
        t.description = input.description() == null || input.description().isBlank() ? null
                : input.description().trim();
        t.audience = input.audience();
        t.purpose = input.purpose();
        t.form = input.form();
        t.questions = input.questions().stream().map(QuestionRules::normalised).toList();
    }

    private TemplateView view(QuestionnaireTemplate t) {
        TemplateOwner owner = t.schoolId != null ? TemplateOwner.SCHOOL
                : t.regionId == null ? TemplateOwner.BUILT_IN : TemplateOwner.REGION;
        return new TemplateView(t.id, t.familyId, t.versionNo, t.status, owner, t.schoolId, t.title, t.description,
                t.audience, t.purpose, t.form, t.questions, writable(t) && t.status == TemplateStatus.DRAFT,
                t.createdAt, t.publishedAt, t.version);
    }
}
