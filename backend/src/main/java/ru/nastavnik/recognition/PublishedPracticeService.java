package ru.nastavnik.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.participant.MentoringForm;

/**
 * Best practices as published, for the municipality that reviews its schools' practices and the region that reads
 * the accepted and recommended ones. Everything here reads the published_* views, never the school's own tables:
 * the views name no participant's id and only the people whose consent allows it, and PostgreSQL itself decides
 * from the caller's scope which practices each caller sees.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class PublishedPracticeService {

    private static final Map<String, String> SORTS = Map.of("title", "title", "school", "schoolName", "status",
            "status", "submittedAt", "submittedAt", "acceptedAt", "acceptedAt", "recommendedAt", "recommendedAt");

    /** Where the caller reads practices from: its school (a preview), municipality or region. */
    public enum Level {
        SCHOOL("schoolId", EnumSet.allOf(BestPracticeStatus.class)),
        MUNICIPALITY("municipalityId", EnumSet.of(BestPracticeStatus.SUBMITTED, BestPracticeStatus.ACCEPTED,
                BestPracticeStatus.RECOMMENDED)),
        REGION("regionId", EnumSet.of(BestPracticeStatus.ACCEPTED, BestPracticeStatus.RECOMMENDED));

        final String field;
        final Set<BestPracticeStatus> statuses;

        Level(String field, Set<BestPracticeStatus> statuses) {
            this.field = field;
            this.statuses = statuses;
        }
    }

    public record Place(Level level, UUID id) {
    }

    /** The filters of a list. */
    public record Filter(BestPracticeStatus status, UUID schoolId, UUID municipalityId, MentoringForm form, String q) {
    }

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public PublishedPracticePage list(Place place, Filter filter, PageQuery paging) {
        check(place);
        if (filter.status() != null && !place.level().statuses.contains(filter.status())) {
            throw ApiException.invalid("status", "Здесь видны практики в статусах: " + place.level().statuses.stream()
                    .map(BestPracticeStatus::name).collect(Collectors.joining(", ")));
        }
        StringBuilder where = new StringBuilder(place.level().field + " = :place");
        Parameters params = Parameters.with("place", place.id());
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.schoolId() != null) {
            where.append(" and schoolId = :school");
            params.and("school", filter.schoolId());
        }
        if (filter.municipalityId() != null) {
            where.append(" and municipalityId = :municipality");
            params.and("municipality", filter.municipalityId());
        }
        if (filter.form() != null) {
            where.append(" and form = :form");
            params.and("form", filter.form());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(title) like :q escape '\\' or lower(schoolName) like :q escape '\\')");
            params.and("q", Search.pattern(filter.q()));
        }
        PanacheQuery<PublishedPractice> query = PublishedPractice.<PublishedPractice>find(where.toString(),
                paging.toSort(SORTS, "submittedAt"), params).page(paging.toPage());
        return new PublishedPracticePage(query.list().stream().map(PublishedPracticeSummary::of).toList(),
                query.count(), paging.page, paging.size);
    }

    public PublishedPracticeView get(Place place, UUID id) {
        return view(find(place, id));
    }

    public AttachmentDownload content(Place place, UUID id, UUID attachmentId) {
        PublishedPractice p = find(place, id);
        PublishedPracticeView.Material material = materials(p).stream().filter(m -> m.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> ApiException.notFound("Материал не найден"));
        List<?> content = em.createNativeQuery(
                "SELECT content FROM published_best_practice_file WHERE id = :id AND practice_id = :practice")
                .setParameter("id", attachmentId).setParameter("practice", p.id).getResultList();
        if (content.isEmpty()) {
            throw ApiException.notFound("Материал не найден");
        }
        return new AttachmentDownload((byte[]) content.get(0), material.contentType(), material.fileName());
    }

    /**
     * A decision of the municipal coordinator: accept a submitted practice into the municipal bank, return it to
     * the school with a comment, or recommend an accepted one to the region. The rules are checked here with
     * messages for the user, and the change is made by a database function that repeats them, since the
     * coordinator has no access to the school's tables.
     */
    public PublishedPracticeView review(UUID municipalityId, UUID id, BestPracticeStatus to, ReviewInput input) {
        PublishedPractice p = find(new Place(Level.MUNICIPALITY, municipalityId), id);
        Versioned.check(input.version(), p.version);
        if (!p.status.reviewableTo(to)) {
            throw ApiException.conflict("illegal-transition", "Недопустимое решение",
                    "Практика в статусе «" + p.status.label + "» (" + p.status + ") не может перейти в статус «"
                            + to.label + "» (" + to + ").");
        }
        String comment = RewardService.blankToNull(input.comment());
        if (to == BestPracticeStatus.RETURNED && comment == null) {
            throw ApiException.invalid("comment", "Напишите, что исправить: без комментария практику не вернуть");
        }
        Number version = (Number) em.createNativeQuery(
                "SELECT review_best_practice(:id, :version, :to, :comment, :login, :name)")
                .setParameter("id", id).setParameter("version", input.version()).setParameter("to", to.name())
                .setParameter("comment", comment == null ? "" : comment).setParameter("login", caller.username())
                .setParameter("name", caller.fullName()).getSingleResult();
        if (version == null) {
            throw ApiException.staleVersion();
        }
        em.detach(p);
        return PublishedPractice.<PublishedPractice>findByIdOptional(id).map(this::view)
                .orElseGet(() -> returned(p, version.intValue()));
    }

    /** A returned practice has left the municipality's view; the answer says so from what was last seen. */
    private PublishedPracticeView returned(PublishedPractice p, int version) {
        PublishedPracticeView seen = view(p);
        return new PublishedPracticeView(seen.id(), seen.schoolId(), seen.schoolName(), seen.municipalityId(),
                seen.municipalityName(), seen.title(), seen.description(), seen.results(), seen.form(), seen.kind(),
                seen.menteeCount(), seen.startedOn(), seen.endedOn(), BestPracticeStatus.RETURNED, seen.submittedAt(),
                seen.acceptedAt(), seen.recommendedAt(), seen.people(), seen.attachments(), List.of(), version);
    }

    private PublishedPracticeView view(PublishedPractice p) {
        List<PublishedPracticeView.Person> people = PublishedPerson.<PublishedPerson>list("practiceId", p.id).stream()
                .sorted(Comparator.comparing((PublishedPerson person) -> person.role)
                        .thenComparing(person -> person.fullName))
                .map(person -> new PublishedPracticeView.Person(person.role, person.fullName)).toList();
        return new PublishedPracticeView(p.id, p.schoolId, p.schoolName, p.municipalityId, p.municipalityName,
                p.title, p.description, p.results, p.form, p.kind, p.menteeCount, p.startedOn, p.endedOn, p.status,
                p.submittedAt, p.acceptedAt, p.recommendedAt, people, materials(p), actions(p.status), p.version);
    }

    /** The published materials in the order they were added; one without a caption is «Приложение N». */
    private static List<PublishedPracticeView.Material> materials(PublishedPractice p) {
        List<PublishedAttachment> found = PublishedAttachment.list("practiceId", Sort.by("uploadedAt").and("id"),
                p.id);
        List<PublishedPracticeView.Material> materials = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PublishedAttachment a = found.get(i);
            String title = a.caption != null ? a.caption : "Приложение " + (i + 1);
            String extension = AttachmentType.ofMediaType(a.contentType).map(AttachmentType::extension).orElse("bin");
            materials.add(new PublishedPracticeView.Material(a.id, title, title + "." + extension, a.contentType,
                    a.sizeBytes));
        }
        return materials;
    }

    private List<BestPracticeAction> actions(BestPracticeStatus status) {
        if (!caller.is(Role.municipal)) {
            return List.of();
        }
        return switch (status) {
            case SUBMITTED -> List.of(BestPracticeAction.ACCEPT, BestPracticeAction.RETURN);
            case ACCEPTED -> List.of(BestPracticeAction.RECOMMEND);
            case DRAFT, RETURNED, RECOMMENDED -> List.of();
        };
    }

    private PublishedPractice find(Place place, UUID id) {
        check(place);
        return PublishedPractice.<PublishedPractice>find("id = ?1 and " + place.level().field + " = ?2", id,
                place.id()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Лучшая практика не найдена"));
    }

    /** A school, municipality or region outside the caller's scope answers 404, like one that does not exist. */
    private void check(Place place) {
        boolean found = switch (place.level()) {
            case SCHOOL -> scope.school(place.id()).isPresent();
            case MUNICIPALITY -> scope.municipality(place.id()).isPresent();
            case REGION -> scope.region(place.id()).isPresent();
        };
        if (!found) {
            throw ApiException.notFound(switch (place.level()) {
                case SCHOOL -> "Организация не найдена";
                case MUNICIPALITY -> "Муниципалитет не найден";
                case REGION -> "Регион не найден";
            });
        }
    }
}
