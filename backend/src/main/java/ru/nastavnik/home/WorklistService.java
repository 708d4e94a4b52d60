package ru.nastavnik.home;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.feedback.FeedbackConfig;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.org.OrgScope;

/**
 * What waits for a school's curator today, worked out by one query over the school's pairs, programmes, meetings,
 * questionnaires and best practices (each kind's rule is beside its part of {@link #WORK}) and one more for the
 * people of the pairs found. "Today" is the feedback's: the clock bean in the region's time zone.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class WorklistService {

    /** The order gives the pair two weeks to agree its programme. */
    static final int PROGRAMME_DAYS = 14;
    /** A working pair is expected to meet at least once a month. */
    static final int MEETING_DAYS = 30;
    static final int ENDING_DAYS = 14;
    /** A questionnaire unanswered this long after it was sent is worth a reminder, before its link runs out. */
    static final int FEEDBACK_DAYS = 7;

    /**
     * Every item of every kind: {@code subject}, {@code person} and {@code flag} carry what the description needs,
     * by kind. Feedback: the questionnaire, whose it is, whether its link expired (else it was sent over
     * FEEDBACK_DAYS ago). Meetings: whether no meeting was held at all (the date is then the start). A pair's
     * programme: the order's number. Best practices: the title and the municipality's comment.
     */
    private static final String WORK = """
            SELECT 'PROPOSAL_UNDECIDED' AS kind, m.id AS mentorship_id, (m.created_at AT TIME ZONE :zone)::date AS day,
                   m.id AS ref_id, NULL AS subject, NULL AS person, false AS flag
            FROM mentorship m
            WHERE m.school_id = :school AND m.status = 'PROPOSED' AND m.order_id IS NULL
            UNION ALL
            SELECT 'PROGRAMME_MISSING', m.id, o.order_date + CAST(:programmeDays AS integer), m.id, o.number,
                   NULL, false
            FROM mentorship m JOIN school_order o ON o.id = m.order_id
            WHERE m.school_id = :school AND m.status IN ('APPROVED', 'ACTIVE')
              AND o.order_date <= CAST(:programmeSince AS date)
              AND NOT EXISTS (SELECT 1 FROM programme p WHERE p.mentorship_id = m.id)
            UNION ALL
            SELECT 'ACTIVITY_OVERDUE', m.id, a.due_on, a.id, a.title, NULL, false
            FROM programme_activity a JOIN programme p ON p.id = a.programme_id
                 JOIN mentorship m ON m.id = p.mentorship_id
            WHERE m.school_id = :school AND m.status IN ('APPROVED', 'ACTIVE')
              AND a.status IN ('PLANNED', 'IN_PROGRESS') AND a.due_on < CAST(:today AS date)
            UNION ALL
            SELECT 'NO_RECENT_MEETING', m.id, coalesce(h.last_held, m.started_on), m.id, NULL, NULL,
                   h.last_held IS NULL
            FROM mentorship m
                 LEFT JOIN LATERAL (SELECT max(mt.held_on) AS last_held FROM meeting mt
                                    WHERE mt.mentorship_id = m.id AND mt.held) h ON true
            WHERE m.school_id = :school AND m.status = 'ACTIVE'
              AND coalesce(h.last_held, m.started_on) < CAST(:meetingSince AS date)
            UNION ALL
            SELECT 'FEEDBACK_NOT_RETURNED', d.mentorship_id,
                   CASE WHEN d.status = 'EXPIRED' THEN (d.expires_at AT TIME ZONE :zone)::date
                        ELSE (coalesce(d.sent_at, d.issued_at) AT TIME ZONE :zone)::date END,
                   d.id, d.template_title, d.participant_name, d.status = 'EXPIRED'
            FROM feedback_delivery_view d JOIN mentorship m ON m.id = d.mentorship_id
            WHERE d.school_id = :school AND m.status <> 'TERMINATED'
              AND (d.status = 'EXPIRED'
                   OR (d.status IN ('EMAILED', 'PRINTED')
                       AND coalesce(d.sent_at, d.issued_at) < CAST(:remindBefore AS timestamptz)))
            UNION ALL
            SELECT 'ENDING_SOON', m.id, m.planned_end, m.id, NULL, NULL, m.planned_end < CAST(:today AS date)
            FROM mentorship m
            WHERE m.school_id = :school AND m.status = 'ACTIVE' AND m.planned_end <= CAST(:endingBy AS date)
            UNION ALL
            SELECT 'PRACTICE_RETURNED', b.mentorship_id, (b.updated_at AT TIME ZONE :zone)::date, b.id, b.title,
                   b.return_comment, false
            FROM best_practice b
            WHERE b.school_id = :school AND b.status = 'RETURNED'
            """;

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FeedbackConfig feedback;

    /** The school's worklist; {@code kind} narrows the items, the counts always cover every kind. */
    public WorklistView forSchool(UUID schoolId, WorkKind kind) {
        scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        LocalDate today = LocalDate.now(clock.withZone(feedback.timeZone()));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(WORK, Tuple.class).setParameter("school", schoolId)
                .setParameter("zone", feedback.timeZone().getId()).setParameter("today", today)
                .setParameter("programmeDays", PROGRAMME_DAYS)
                .setParameter("programmeSince", today.minusDays(PROGRAMME_DAYS))
                .setParameter("meetingSince", today.minusDays(MEETING_DAYS))
                .setParameter("endingBy", today.plusDays(ENDING_DAYS))
                .setParameter("remindBefore", clock.instant().minus(Duration.ofDays(FEEDBACK_DAYS))).getResultList();
        Map<UUID, WorkItem.Pair> pairs = pairs(rows.stream().map(r -> r.get("mentorship_id", UUID.class)).toList());
        Map<WorkKind, Integer> counts = new EnumMap<>(WorkKind.class);
        for (WorkKind k : WorkKind.values()) {
            counts.put(k, 0);
        }
        List<WorkItem> items = new ArrayList<>();
        for (Tuple r : rows) {
            WorkKind k = WorkKind.valueOf(r.get("kind", String.class));
            counts.merge(k, 1, Integer::sum);
            if (kind == null || kind == k) {
                LocalDate day = localDate(r.get("day"));
                items.add(new WorkItem(k, pairs.get(r.get("mentorship_id", UUID.class)), day,
                        describe(k, day, r), r.get("ref_id", UUID.class)));
            }
        }
        items.sort(Comparator.comparing(WorkItem::date).thenComparing(WorkItem::kind)
                .thenComparing(i -> i.pair().mentorName()));
        return new WorklistView(today, counts.entrySet().stream()
                .map(e -> new WorklistView.Count(e.getKey(), e.getValue())).toList(), items);
    }

    /** The mentor and current mentees of each pair, in one query. */
    private Map<UUID, WorkItem.Pair> pairs(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select distinct m from Mentorship m join fetch m.mentor left join fetch m.mentees mm"
                + " left join fetch mm.participant where m.id in :ids", Mentorship.class)
                .setParameter("ids", ids.stream().distinct().toList()).getResultList().stream()
                .collect(Collectors.toMap(m -> m.id, m -> new WorkItem.Pair(m.id, m.mentor.fullName,
                        m.currentMentees().stream().map(mm -> mm.participant.fullName).toList()),
                        (a, b) -> a));
    }

    private static String describe(WorkKind kind, LocalDate day, Tuple r) {
        String subject = r.get("subject", String.class);
        String person = r.get("person", String.class);
        boolean flag = Boolean.TRUE.equals(r.get("flag"));
        String date = Labels.date(day);
        return switch (kind) {
            case PROPOSAL_UNDECIDED -> "Предложена " + date + ", ждёт решения и приказа";
            case PROGRAMME_MISSING -> "Нет программы, хотя по приказу № " + subject + " её нужно было составить до "
                    + date;
            case ACTIVITY_OVERDUE -> "Мероприятие «" + subject + "» просрочено: срок был " + date;
            case NO_RECENT_MEETING -> flag ? "Ни одной встречи с начала работы " + date
                    : "Последняя встреча была " + date + ", больше " + MEETING_DAYS + " дней назад";
            case FEEDBACK_NOT_RETURNED -> "Анкета «" + orDash(subject) + "» (" + person + ") не заполнена: "
                    + (flag ? "срок ссылки истёк " + date : "отправлена " + date + ", ответа нет");
            case ENDING_SOON -> flag ? "Срок работы истёк " + date + ", пару пора завершить"
                    : "Срок работы заканчивается " + date;
            case PRACTICE_RETURNED -> "Практика «" + subject + "» возвращена на доработку"
                    + (person == null || person.isBlank() ? "" : ": " + person);
        };
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    /** A native query's date, whichever Java type the driver chose for it. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
