package ru.nastavnik.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.plan.ProgrammeActivity;

/**
 * The rules of the diary, whoever writes in it: the curator, or the mentor through the personal link. Callers find
 * the pair in their own way (by the curator's scope, by the link) and run inside their transaction.
 *
 * <p>Every write first locks the pair's row, so that two entries of one pair are checked one after the other (at
 * most one final meeting) and none slips in while the pair is being completed.
 */
@ApplicationScoped
class Meetings {

    /** How long the mentor may still correct their own entry through the link; later only the curator can. */
    static final Duration OWN_EDIT = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The diary is kept from the order approving the pair until the pair ends; then it is the pair's record. */
    static void requireOpen(Mentorship m) {
        switch (m.status) {
            case APPROVED, ACTIVE -> {
            }
            case PROPOSED -> throw ApiException.conflict("diary-not-open", "Дневник ещё не ведётся",
                    "Встречи записываются, когда пара утверждена приказом.");
            case COMPLETED, TERMINATED -> throw ApiException.conflict("diary-read-only", "Дневник закрыт",
                    "Работа пары завершена" + (m.endedOn == null ? "" : " " + Labels.date(m.endedOn))
                            + ": записи дневника можно только читать.");
        }
    }

    /** Whether the pair's diary still takes changes: what the curator may do with any entry. */
    static boolean open(Mentorship m) {
        return m.status == MentorshipStatus.APPROVED || m.status == MentorshipStatus.ACTIVE;
    }

    /** What the mentor may correct through the link: their own entries of the last days, while the diary is open. */
    static boolean ownAndRecent(Meeting meeting, Instant now) {
        return open(meeting.mentorship) && meeting.recordedVia == RecordedVia.DIARY_LINK
                && meeting.createdAt.isAfter(now.minus(OWN_EDIT));
    }

    Meeting create(Mentorship m, MeetingInput input, RecordedVia via, String recordedBy) {
        lock(m);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.mentorship = m;
        meeting.schoolId = m.school.id;
        meeting.recordedVia = via;
        meeting.recordedBy = recordedBy;
        apply(m, meeting, input);
        meeting.persist();
        em.flush();
        return meeting;
    }

    void update(Mentorship m, Meeting meeting, MeetingInput input) {
        lock(m);
        Versioned.check(input.version(), meeting.version);
        MeetingView before = view(meeting, x -> true);
        apply(m, meeting, input);
        em.flush();
        audit.changed(before, view(meeting, x -> true));
    }

    void delete(Mentorship m, Meeting meeting, Integer version) {
        lock(m);
        Versioned.check(version, meeting.version);
        meeting.delete();
    }

    /** The meeting of this pair, or 404: an id of another pair's meeting finds nothing here. */
    static Meeting find(Mentorship m, UUID meetingId) {
        return Meeting.<Meeting>find("mentorship = ?1 and id = ?2", m, meetingId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Встреча не найдена"));
    }

    /** The plan of the pair's programme, by due date; none while the pair has no programme. */
    static List<DiaryActivityView> activities(Mentorship m) {
        return ProgrammeActivity.<ProgrammeActivity>list("programme.mentorship = ?1",
                Sort.by("dueOn").and("position").and("id"), m).stream().map(DiaryActivityView::of).toList();
    }

    /** Views of meetings with their mentees' names read at once; {@code editable} says what the viewer may change. */
    List<MeetingView> views(List<Meeting> meetings, Predicate<Meeting> editable) {
        Set<UUID> people = new HashSet<>();
        meetings.forEach(m -> m.attendance.forEach(a -> people.add(a.participantId)));
        Map<UUID, String> names = new HashMap<>();
        if (!people.isEmpty()) {
            Participant.<Participant>list("id in ?1", people).forEach(p -> names.put(p.id, p.fullName));
        }
        return meetings.stream().map(m -> view(m, names, editable.test(m))).toList();
    }

    MeetingView view(Meeting meeting, Predicate<Meeting> editable) {
        return views(List.of(meeting), editable).get(0);
    }

    private static MeetingView view(Meeting m, Map<UUID, String> names, boolean editable) {
        List<MeetingView.Presence> attendance = m.attendance.stream()
                .map(a -> new MeetingView.Presence(a.participantId, names.getOrDefault(a.participantId, ""),
                        a.present))
                .sorted(Comparator.comparing(MeetingView.Presence::fullName)).toList();
        List<MeetingView.ActivityRef> activities = m.activities.stream()
                .sorted(Comparator.comparing((ProgrammeActivity a) -> a.dueOn).thenComparing(a -> a.position))
                .map(a -> new MeetingView.ActivityRef(a.id, a.title, a.status)).toList();
        return new MeetingView(m.id, m.mentorship.id, m.kind, m.held, m.heldOn, m.startsAt, m.durationMinutes,
                m.format, m.topic, m.notes, attendance, activities, m.recordedVia, m.recordedBy, m.createdAt,
                m.updatedAt, editable, m.version);
    }

    /**
     * Locks the pair and reads it afresh, then refuses a pair whose diary is not open: what the checks below rely on
     * cannot change until the transaction ends.
     */
    private void lock(Mentorship m) {
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(m);
    }

    /** Checks the whole entry and changes nothing unless all of it passes; every refusal names its field. */
    private void apply(Mentorship m, Meeting meeting, MeetingInput input) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = input.date();
        boolean held = input.held();
        if (held) {
            if (m.status != MentorshipStatus.ACTIVE) {
                errors.add(new FieldError("held", "Проведённую встречу можно записать, когда пара начала работу;"
                        + " до этого встречу можно только запланировать"));
            } else if (date.isAfter(LocalDate.now())) {
                errors.add(new FieldError("date", "Встреча в будущем не может быть отмечена как проведённая"));
            } else if (date.isBefore(m.startedOn)) {
                errors.add(new FieldError("date", "Пара начала работу " + Labels.date(m.startedOn)
                        + ": проведённая встреча не может быть раньше"));
            }
            if (input.durationMinutes() == null) {
                errors.add(new FieldError("durationMinutes", "Укажите продолжительность проведённой встречи"));
            }
        } else {
            LocalDate earliest = m.startedOn != null ? m.startedOn : m.order.date;
            if (date.isBefore(earliest)) {
                errors.add(new FieldError("date", "Встреча не может быть раньше "
                        + (m.startedOn != null ? "начала работы пары" : "приказа о закреплении пары") + " ("
                        + Labels.date(earliest) + ")"));
            } else if (date.isAfter(m.plannedEnd)) {
                errors.add(new FieldError("date",
                        "Встреча не может быть позже окончания работы пары (" + Labels.date(m.plannedEnd) + ")"));
            }
            if (!input.attendanceOrEmpty().isEmpty()) {
                errors.add(new FieldError("attendance", "Посещаемость отмечается у проведённой встречи"));
            }
        }
        if (input.kind() == MeetingKind.FINAL) {
            Meeting.<Meeting>find("mentorship = ?1 and kind = ?2 and id <> ?3", m, MeetingKind.FINAL, meeting.id)
                    .firstResultOptional().ifPresent(other -> errors.add(new FieldError("kind",
                            "У пары уже есть итоговая встреча (" + Labels.date(other.heldOn) + ")")));
        }
        Map<UUID, Boolean> marks = held ? attendance(m, date, input.attendanceOrEmpty(), errors) : Map.of();
        List<ProgrammeActivity> activities = activities(m, input.activityIdsOrEmpty(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }

        meeting.kind = input.kind();
        meeting.held = held;
        meeting.heldOn = date;
        meeting.startsAt = input.startsAt();
        meeting.durationMinutes = input.durationMinutes();
        meeting.format = input.format();
        meeting.topic = input.topic().trim();
        meeting.notes = input.notes() == null ? "" : input.notes().trim();
        meeting.attendance.clear();
        marks.forEach((participant, present) -> {
            Attendance a = new Attendance();
            a.participantId = participant;
            a.schoolId = m.school.id;
            a.present = present;
            meeting.attendance.add(a);
        });
        meeting.activities.clear();
        meeting.activities.addAll(activities);
    }

    /**
     * A mark for each mentee who was in the pair or group on the meeting's date, and for nobody else: a mentee
     * who left the group later was still there, one who left before was not.
     */
    private static Map<UUID, Boolean> attendance(Mentorship m, LocalDate date, List<MeetingInput.AttendanceInput> input,
            List<FieldError> errors) {
        Map<UUID, String> members = new LinkedHashMap<>();
        m.mentees.stream().filter(mm -> mm.removedOn == null || mm.removedOn.isAfter(date))
                .sorted(Comparator.comparing((MentorshipMentee mm) -> mm.participant.fullName))
                .forEach(mm -> members.put(mm.participant.id, mm.participant.fullName));
        Map<UUID, Boolean> marks = new LinkedHashMap<>();
        int before = errors.size();
        for (int i = 0; i < input.size(); i++) {
            MeetingInput.AttendanceInput a = input.get(i);
            String field = "attendance[" + i + "].participantId";
            if (!members.containsKey(a.participantId())) {
                errors.add(new FieldError(field, "Участник не состоит в этой паре (группе) на дату встречи"));
            } else if (marks.put(a.participantId(), a.present()) != null) {
                errors.add(new FieldError(field, members.get(a.participantId()) + " отмечен(а) дважды"));
            }
        }
        List<String> missing = members.entrySet().stream().filter(e -> !marks.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (errors.size() == before && !missing.isEmpty()) {
            errors.add(new FieldError("attendance",
                    "Отметьте, был ли на встрече каждый наставляемый; нет отметки: " + String.join(", ", missing)));
        }
        return marks;
    }

    /** Only activities of this pair's own programme can be worked on at its meetings. */
    private static List<ProgrammeActivity> activities(Mentorship m, List<UUID> ids, List<FieldError> errors) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProgrammeActivity> found = ProgrammeActivity.<ProgrammeActivity>list(
                "programme.mentorship = ?1 and id in ?2", m, wanted).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        if (found.size() != wanted.size()) {
            errors.add(new FieldError("activityIds", "Мероприятие не найдено в программе этой пары"));
            return List.of();
        }
        return wanted.stream().map(found::get).toList();
    }
}
