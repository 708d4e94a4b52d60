package ru.nastavnik.mentorship;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.document.Document;
import ru.nastavnik.org.Curator;
import ru.nastavnik.org.School;

/**
 * The school's orders approving mentoring pairs and groups (приказ о закреплении наставнических пар). Issuing an
 * order approves every pair it lists at once, or none of them; the order's text is frozen as it was issued.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class OrderService {

    static final String TITLE = "О закреплении наставнических пар (групп)";
    private static final String DEFAULT_HEAD = "Директор";
    private static final Map<String, String> SORTS = Map.of("date", "date", "number", "number", "createdAt",
            "createdAt");

    @Inject
    MentorshipService mentorships;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public OrderPage list(UUID schoolId, PageQuery paging) {
        School school = mentorships.school(schoolId);
        PanacheQuery<SchoolOrder> query = SchoolOrder.<SchoolOrder>find("school", paging.toSort(SORTS, "date"),
                school).page(paging.toPage());
        return new OrderPage(query.list().stream().map(OrderView::of).toList(), query.count(), paging.page,
                paging.size);
    }

    public OrderView get(UUID schoolId, UUID id) {
        return OrderView.of(find(schoolId, id));
    }

    public OrderView create(UUID schoolId, OrderInput input) {
        School school = mentorships.school(schoolId);
        String number = input.number().trim();
        Set<UUID> ids = new LinkedHashSet<>(input.mentorshipIds());
        List<Mentorship> listed = em.createQuery("from Mentorship m where m.school = :school and m.id in :ids",
                Mentorship.class).setParameter("school", school).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (listed.size() != ids.size()) {
            throw ApiException.invalid("mentorshipIds", "Часть выбранных пар не найдена. Обновите список и выберите снова");
        }
        listed = listed.stream().sorted(Comparator.comparing((Mentorship m) -> m.mentor.fullName)
                .thenComparing(m -> m.plannedStart)).toList();
        listed.forEach(m -> MentorshipService.allow(m, MentorshipStatus.APPROVED));
        if (SchoolOrder.count("school = ?1 and year(date) = ?2 and lower(trim(number)) = ?3", school,
                input.date().getYear(), number.toLowerCase(Locale.ROOT)) > 0) {
            throw duplicateNumber(number, input.date().getYear());
        }
        Curator curator = curator(school, input.curatorId());

        SchoolOrder order = new SchoolOrder();
        order.id = UUID.randomUUID();
        order.school = school;
        order.kind = SchoolOrder.Kind.MENTORSHIP_APPROVAL;
        order.number = number;
        order.date = input.date();
        order.title = TITLE;
        order.createdBy = caller.fullName();
        order.createdAt = Instant.now();
        order.content = new OrderContent(school.fullName, school.shortName,
                curator == null ? null : curator.fullName, curator == null ? null : curator.position,
                blank(input.headPosition()) ? DEFAULT_HEAD : input.headPosition().trim(),
                blank(input.headName()) ? null : input.headName().trim(),
                listed.stream().map(OrderService::row).toList());
        order.persist();
        listed.forEach(m -> mentorships.approve(m, order));
        Constraints.flush(em, "school_order_number_key", () -> duplicateNumber(number, input.date().getYear()));
        return OrderView.of(order);
    }

    /** The order as a Word document, ready to print and sign. */
    public Document docx(UUID schoolId, UUID id) {
        OrderText text = new OrderText(find(schoolId, id));
        return Document.docx(text.fileName(), text.blocks());
    }

    /** The same order as PDF. */
    public Document pdf(UUID schoolId, UUID id) {
        OrderText text = new OrderText(find(schoolId, id));
        return Document.pdf(text.fileName(), text.blocks());
    }

    private SchoolOrder find(UUID schoolId, UUID id) {
        School school = mentorships.school(schoolId);
        return SchoolOrder.<SchoolOrder>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Приказ не найден"));
    }

    /**
     * The curator the order makes responsible: the one asked for, else the curator who is issuing it, else the
     * school's most recently appointed one. A school without curators gets a blank to fill in by hand.
     */
    private Curator curator(School school, UUID curatorId) {
        if (curatorId != null) {
            return Curator.<Curator>find("school = ?1 and id = ?2", school, curatorId).firstResultOptional()
                    .orElseThrow(() -> ApiException.invalid("curatorId", "Куратор не найден в организации"));
        }
        return Curator.<Curator>find("school = ?1 and username = ?2", school, caller.username()).firstResultOptional()
                .or(() -> Curator.<Curator>find("school", Sort.descending("orderDate").and("fullName"), school)
                        .firstResultOptional())
                .orElse(null);
    }

    private static OrderContent.Row row(Mentorship m) {
        return new OrderContent.Row(m.id, m.mentor.fullName,
                m.currentMentees().stream().map(mm -> mm.participant.fullName).toList(), m.form, m.kind,
                m.plannedStart.toString(), m.plannedEnd.toString());
    }

    private static ApiException duplicateNumber(String number, int year) {
        return ApiException.invalid("number", "Приказ № " + number + " уже издан в " + year + " году");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
