package ru.nastavnik.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.questionnaire.FillLinkView;

/**
 * The curator's side of feedback: a pair's schedule, what became of every questionnaire it was sent, the school's
 * feedback not returned, and the printable sheets for the people without an e-mail address.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class FeedbackService {

    /** Enough for a questionnaire every fortnight through the longest programme. */
    static final int MAX_DATES = 24;

    private static final Map<String, String> SORTS = Map.of("dueOn", "dueOn", "participant", "participantName",
            "status", "status", "sentAt", "sentAt");

    @Inject
    MentorshipService mentorships;

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Deliveries deliveries;

    @Inject
    FeedbackIssuer issuer;

    @Inject
    Handouts handouts;

    @Inject
    FeedbackConfig config;

    @Inject
    FeedbackMetrics metrics;

    /** A printable sheet, ready to download. */
    public record Sheet(String fileName, byte[] content) {
    }

    public FeedbackScheduleView schedule(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        return view(m, FeedbackSchedule.findById(m.id));
    }

    /**
     * Sets when the pair's participants get the intermediate feedback. Dates before today are never issued, so a
     * schedule set late does not send a pile of questionnaires at once.
     */
    public FeedbackScheduleView updateSchedule(UUID schoolId, UUID mentorshipId, FeedbackScheduleInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        FeedbackSchedule s = em.find(FeedbackSchedule.class, m.id, LockModeType.PESSIMISTIC_WRITE);
        Versioned.check(input.version(), s == null ? 0 : s.version);
        if (!m.status.open()) {
            throw ApiException.conflict("mentorship-ended", "Пара уже завершила работу",
                    "Расписание обратной связи меняется, пока пара не завершила работу.");
        }
        LocalDate today = deliveries.today();
        List<LocalDate> dates = validate(input, m, today);
        boolean created = s == null;
        if (created) {
            s = new FeedbackSchedule();
            s.mentorshipId = m.id;
            s.schoolId = m.school.id;
        }
        s.mode = input.mode();
        s.firstAfterMonths = input.mode() == ScheduleMode.PERIODIC ? input.firstAfterMonths() : null;
        s.everyMonths = input.mode() == ScheduleMode.PERIODIC ? input.everyMonths() : null;
        s.dates = dates;
        s.includeMentor = Boolean.TRUE.equals(input.includeMentor());
        s.effectiveFrom = today;
        s.advance(countedFrom(m), today.minusDays(1));
        s.updatedBy = caller.fullName();
        s.updatedAt = Instant.now();
        s.version = s.version + 1;
        if (created) {
            s.persist();
        }
        Constraints.flush(em, "feedback_schedule_pkey", ApiException::staleVersion);
        return view(m, s);
    }

    /** The pair's schedule, its dates still to come and every questionnaire sent to its participants. */
    public FeedbackOverview overview(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        FeedbackSchedule s = FeedbackSchedule.findById(m.id);
        List<DeliveryRow> rows = DeliveryRow.list("mentorshipId", Sort.by("dueOn").and("purpose")
                .and("participantName").and("id"), m.id);
        List<LocalDate> next = new ArrayList<>();
        if (s != null && m.status.open()) {
            LocalDate today = deliveries.today();
            Set<LocalDate> issued = new HashSet<>();
            rows.stream().filter(r -> r.purpose == DeliveryPurpose.INTERMEDIATE).forEach(r -> issued.add(r.dueOn));
            s.dueDates(countedFrom(m), m.plannedEnd).stream()
                    .filter(d -> !d.isBefore(today) && !d.isBefore(s.effectiveFrom) && !issued.contains(d))
                    .forEach(next::add);
        }
        return new FeedbackOverview(view(m, s), next, rows.stream().map(DeliveryView::of).toList());
    }

    /** The school's deliveries in the given statuses (all when none is given), e.g. the feedback not returned. */
    public DeliveryPage list(UUID schoolId, List<DeliveryStatus> statuses, PageQuery paging) {
        School school = scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        StringBuilder where = new StringBuilder("schoolId = :school");
        Parameters params = Parameters.with("school", school.id);
        if (statuses != null && !statuses.isEmpty()) {
            where.append(" and status in :statuses");
            params.and("statuses", statuses);
        }
        PanacheQuery<DeliveryRow> query = DeliveryRow.<DeliveryRow>find(where.toString(),
                paging.toSort(SORTS, "dueOn"), params).page(paging.toPage());
        return new DeliveryPage(query.list().stream().map(DeliveryView::of).toList(), query.count(), paging.page,
                paging.size);
    }

    /**
     * The pair's sheet: every questionnaire of the pair that goes on paper and is not filled in, each with a fresh
     * link. Printing again revokes the links printed before, so only the newest sheet works.
     */
    public Sheet printPair(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        List<FeedbackDelivery> candidates = em.createQuery("""
                from FeedbackDelivery d where d.mentorshipId = :mentorship
                and (d.state in :paper or (d.state = :pending and d.dueOn <= :today))
                order by d.participant.fullName, d.dueOn, d.id""", FeedbackDelivery.class)
                .setParameter("mentorship", m.id).setParameter("paper", List.of(DeliveryState.TO_PRINT,
                        DeliveryState.PRINTED))
                .setParameter("pending", DeliveryState.PENDING).setParameter("today", deliveries.today())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return print(candidates, "Анкеты пары: " + MentorshipService.describe(m), "feedback-" + m.id);
    }

    /** The school's sheet: every questionnaire waiting to be printed for the first time, across its pairs. */
    public Sheet printSchool(UUID schoolId) {
        School school = scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        List<FeedbackDelivery> candidates = em.createQuery("""
                from FeedbackDelivery d where d.schoolId = :school
                and (d.state = :toPrint or (d.state = :pending and d.dueOn <= :today))
                order by d.participant.fullName, d.dueOn, d.id""", FeedbackDelivery.class)
                .setParameter("school", school.id).setParameter("toPrint", DeliveryState.TO_PRINT)
                .setParameter("pending", DeliveryState.PENDING).setParameter("today", deliveries.today())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return print(candidates, "Анкеты для участников без электронной почты — " + school.shortName,
                "feedback-" + school.id);
    }

    /**
     * Prints the deliveries that should go on paper now: due ones nobody has an address for are handed to the sheet
     * here rather than a minute later, ones that went out but were replaced or filled meanwhile are left alone.
     */
    private Sheet print(List<FeedbackDelivery> candidates, String title, String fileName) {
        List<SheetPdf.Card> cards = new ArrayList<>();
        for (FeedbackDelivery d : candidates) {
            if (!onPaperNow(d)) {
                continue;
            }
            String refusal = handouts.refusal(d);
            if (refusal != null) {
                d.cancel(refusal);
                continue;
            }
            if (d.state == DeliveryState.PENDING) {
                issuer.handOver(d);
            }
            FillLinkView link = handouts.link(d).orElse(null);
            if (link == null) {
                continue;
            }
            d.state = DeliveryState.PRINTED;
            d.sentAt = Instant.now();
            Handouts.Addressee to = handouts.addressee(d.participant);
            cards.add(new SheetPdf.Card(d.participant.fullName,
                    to.throughGuardian() ? "Передайте ребёнку или заполните вместе (" + to.name() + ")" : null,
                    link.templateTitle(), handouts.pair(d), d.participant.school.shortName, link.url(),
                    FeedbackText.until(link.expiresAt(), config.timeZone())));
        }
        if (cards.isEmpty()) {
            throw ApiException.conflict("nothing-to-print", "Печатать нечего",
                    "Анкет для печати нет: все отправлены письмами, заполнены или ещё не назначены.");
        }
        em.flush();
        metrics.printed(cards.size());
        return new Sheet(fileName + ".pdf", SheetPdf.render(title, cards));
    }

    /** Whether the delivery goes on paper now: one waiting for a sheet, or printed and not yet filled or replaced. */
    private boolean onPaperNow(FeedbackDelivery d) {
        return switch (d.state) {
            case PENDING -> issuer.address(d) == null;
            case TO_PRINT -> true;
            case PRINTED -> handouts.linkOpen(d);
            default -> false;
        };
    }

    private List<LocalDate> validate(FeedbackScheduleInput input, Mentorship m, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<LocalDate> dates = input.dates() == null ? List.of() : input.dates();
        LocalDate start = countedFrom(m);
        if (input.mode() != ScheduleMode.PERIODIC) {
            if (input.firstAfterMonths() != null) {
                errors.add(new FieldError("firstAfterMonths", "Число месяцев указывается только для расписания "
                        + "«через N месяцев, затем каждые M месяцев»"));
            }
            if (input.everyMonths() != null) {
                errors.add(new FieldError("everyMonths", "Число месяцев указывается только для расписания "
                        + "«через N месяцев, затем каждые M месяцев»"));
            }
        }
        if (input.mode() != ScheduleMode.DATES && !dates.isEmpty()) {
            errors.add(new FieldError("dates", "Даты указываются только для расписания по датам"));
        }
        switch (input.mode()) {
            case NONE -> {
            }
            case PERIODIC -> {
                months(input.firstAfterMonths(), "firstAfterMonths", "Через сколько месяцев первая анкета", errors);
                months(input.everyMonths(), "everyMonths", "Как часто затем", errors);
                if (errors.isEmpty() && start.plusMonths(input.firstAfterMonths()).isAfter(m.plannedEnd)) {
                    errors.add(new FieldError("firstAfterMonths", "Первая анкета пришлась бы на "
                            + date(start.plusMonths(input.firstAfterMonths())) + ", позже окончания пары ("
                            + date(m.plannedEnd) + ")"));
                }
            }
            case DATES -> {
                if (dates.isEmpty()) {
                    errors.add(new FieldError("dates", "Укажите хотя бы одну дату"));
                } else if (dates.size() > MAX_DATES) {
                    errors.add(new FieldError("dates", "Не больше " + MAX_DATES + " дат"));
                }
                Set<LocalDate> seen = new HashSet<>();
                for (int i = 0; i < dates.size() && dates.size() <= MAX_DATES; i++) {
                    LocalDate d = dates.get(i);
                    String field = "dates[" + i + "]";
                    if (d == null) {
                        errors.add(new FieldError(field, "Укажите дату"));
                    } else if (d.isBefore(today)) {
                        errors.add(new FieldError(field, "Дата " + date(d) + " уже прошла"));
                    } else if (d.isBefore(start) || d.isAfter(m.plannedEnd)) {
                        errors.add(new FieldError(field, "Дата " + date(d) + " вне срока пары (" + date(start)
                                + " — " + date(m.plannedEnd) + ")"));
                    } else if (!seen.add(d)) {
                        errors.add(new FieldError(field, "Дата " + date(d) + " указана дважды"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return dates.stream().sorted().toList();
    }

    private static void months(Integer value, String field, String what, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, what + ": укажите число месяцев от 1 до 12"));
        } else if (value < 1 || value > 12) {
            errors.add(new FieldError(field, what + ": число месяцев от 1 до 12"));
        }
    }

    private static FeedbackScheduleView view(Mentorship m, FeedbackSchedule s) {
        LocalDate start = countedFrom(m);
        if (s == null) {
            return new FeedbackScheduleView(ScheduleMode.NONE, null, null, List.of(), false, start, List.of(), null,
                    null, 0);
        }
        return new FeedbackScheduleView(s.mode, s.firstAfterMonths, s.everyMonths, List.copyOf(s.dates),
                s.includeMentor, start, s.dueDates(start, m.plannedEnd), s.updatedBy, s.updatedAt, s.version);
    }

    /** Months count from the pair's start, and from its planned start until it starts. */
    static LocalDate countedFrom(Mentorship m) {
        return m.startedOn != null ? m.startedOn : m.plannedStart;
    }

    private static String date(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }
}
