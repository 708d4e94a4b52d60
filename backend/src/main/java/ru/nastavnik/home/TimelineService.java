package ru.nastavnik.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.completion.Completion;
import ru.nastavnik.diary.Meeting;
import ru.nastavnik.feedback.DeliveryRow;
import ru.nastavnik.feedback.DeliveryStatus;
import ru.nastavnik.feedback.FeedbackConfig;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipEventView;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.plan.ActivityStatus;
import ru.nastavnik.plan.Programme;
import ru.nastavnik.plan.ProgrammeActivity;
import ru.nastavnik.plan.ProgrammeRevision;

/**
 * A pair's story in one list, newest first: its history, the diary's meetings, the programme and its activities,
 * the questionnaires and the completion, each read from the feature that keeps it (a few queries per pair).
 */
@ApplicationScoped
@Transactional
@RowScoped
public class TimelineService {

    @Inject
    MentorshipService mentorships;

    @Inject
    Clock clock;

    @Inject
    FeedbackConfig feedback;

    public List<TimelineEntry> forPair(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        ZoneId zone = feedback.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<TimelineEntry> entries = new ArrayList<>();
        mentorships.events(schoolId, mentorshipId).forEach(e -> entries.add(event(e, zone)));
        Meeting.<Meeting>list("mentorship", m).forEach(mt -> entries.add(meeting(mt)));
        Programme.<Programme>find("mentorship", m).firstResultOptional().ifPresent(p -> {
            entries.addAll(programme(p, zone));
            ProgrammeActivity.<ProgrammeActivity>list("programme", p)
                    .forEach(a -> entries.add(activity(a, today)));
        });
        DeliveryRow.<DeliveryRow>list("mentorshipId", m.id).forEach(d -> entries.addAll(delivery(d, zone)));
        Completion.<Completion>findByIdOptional(m.id).ifPresent(c -> entries.add(completion(m, c)));
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return entries;
    }

    private static TimelineEntry event(MentorshipEventView e, ZoneId zone) {
        LocalDate day = e.effectiveOn() != null ? e.effectiveOn() : e.at().atZone(zone).toLocalDate();
        String title = switch (e.kind()) {
            case PROPOSED -> "Пара предложена";
            case APPROVED -> e.order() == null ? "Пара утверждена приказом"
                    : "Пара утверждена приказом № " + e.order().number() + " от " + Labels.date(e.order().date());
            case ACTIVATED -> "Пара начала работу";
            case COMPLETED -> "Работа пары завершена";
            case TERMINATED -> "Работа пары прекращена";
            case EXTENDED -> "Срок продлён до " + Labels.date(e.newEnd());
            case SHORTENED -> "Срок сокращён до " + Labels.date(e.newEnd());
            case MENTEE_REMOVED -> "Наставляемый выбыл: " + e.participantName();
        };
        return new TimelineEntry(day, e.at(), TimelineKind.LIFECYCLE, false, title,
                joined(e.comment(), "Записал(а): " + e.actorName()), e.id());
    }

    private static TimelineEntry meeting(Meeting mt) {
        String title = (mt.held ? "Встреча (" : "Запланирована встреча (") + mt.kind.label + "): " + mt.topic;
        String time = mt.startsAt == null ? null : "в " + mt.startsAt;
        String duration = mt.held && mt.durationMinutes != null ? mt.durationMinutes + " мин" : null;
        return new TimelineEntry(mt.heldOn, null, TimelineKind.MEETING, !mt.held, title, joined(time, duration,
                blankToNull(mt.notes)), mt.id);
    }

    private static List<TimelineEntry> programme(Programme p, ZoneId zone) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(p.createdAt.atZone(zone).toLocalDate(), p.createdAt, TimelineKind.PROGRAMME,
                false, "Составлена программа наставничества", "Составил(а): " + p.createdBy, p.id));
        if (p.agreedOn != null) {
            String sides = p.agreements.stream().map(a -> a.giverName).collect(Collectors.joining(", "));
            entries.add(new TimelineEntry(p.agreedOn, null, TimelineKind.PROGRAMME, false,
                    "Программа согласована сторонами", sides.isEmpty() ? null : "Согласились: " + sides, p.id));
        }
        ProgrammeRevision.<ProgrammeRevision>list("programme", Sort.by("at"), p).forEach(r -> entries.add(
                new TimelineEntry(r.at.atZone(zone).toLocalDate(), r.at, TimelineKind.PROGRAMME, false,
                        "Программа изменена: " + r.reason, joined(r.summary, "Изменил(а): " + r.actorName), p.id)));
        return entries;
    }

    private static TimelineEntry activity(ProgrammeActivity a, LocalDate today) {
        if (a.status == ActivityStatus.DONE) {
            return new TimelineEntry(a.doneOn, null, TimelineKind.ACTIVITY, false, "Выполнено мероприятие: " + a.title,
                    blankToNull(a.result), a.id);
        }
        String state = a.status == ActivityStatus.CANCELLED ? "Отменено"
                : a.dueOn.isBefore(today) ? "Просрочено" : a.status.label;
        return new TimelineEntry(a.dueOn, null, TimelineKind.ACTIVITY, a.status != ActivityStatus.CANCELLED,
                "Срок мероприятия: " + a.title, state, a.id);
    }

    private static List<TimelineEntry> delivery(DeliveryRow d, ZoneId zone) {
        List<TimelineEntry> entries = new ArrayList<>();
        String questionnaire = d.templateTitle != null ? "«" + d.templateTitle + "»" : d.purpose.label;
        Instant issued = d.sentAt != null ? d.sentAt : d.issuedAt;
        if (issued != null && d.status != DeliveryStatus.CANCELLED) {
            entries.add(new TimelineEntry(issued.atZone(zone).toLocalDate(), issued, TimelineKind.FEEDBACK, false,
                    "Выдана анкета " + questionnaire + ": " + d.participantName, status(d), d.id));
        }
        if (d.filledAt != null) {
            entries.add(new TimelineEntry(d.filledAt.atZone(zone).toLocalDate(), d.filledAt, TimelineKind.FEEDBACK,
                    false, "Заполнена анкета " + questionnaire + ": " + d.participantName, null, d.id));
        }
        return entries;
    }

    private static String status(DeliveryRow d) {
        return switch (d.status) {
            case EMAILED -> "Отправлена письмом";
            case PRINTED -> "Напечатана на листе с QR-кодом";
            case EXPIRED -> "Срок ссылки истёк, ответа нет";
            case REPLACED -> "Заменена более новой ссылкой";
            default -> null;
        };
    }

    private static TimelineEntry completion(Mentorship m, Completion c) {
        String outcome = m.outcome == null ? null : "Работа пары " + m.outcome.label;
        return new TimelineEntry(c.completedOn, c.recordedAt, TimelineKind.COMPLETION, false, "Подведены итоги работы",
                joined(outcome, c.finalMeetingHeld ? "Итоговая встреча состоялась" : "Итоговой встречи не было",
                        blankToNull(c.comment)), m.id);
    }

    private static String joined(String... parts) {
        String s = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(". "));
        return s.isEmpty() ? null : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
