package ru.nastavnik.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.TransactionScope;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.plan.ActivityStatus;
import ru.nastavnik.plan.Programme;
import ru.nastavnik.plan.ProgrammeActivity;

/**
 * The diary page, reached by the mentor's link with no account. The token opens one pair's diary: the transaction
 * is scoped to the link's school, and every query is bound to the link's own pair, so no id of another pair's
 * meeting or activity finds anything.
 */
@ApplicationScoped
@Transactional
public class PublicDiaryService {

    /** How many of the latest meetings the page shows: a few weeks' worth, enough to see what was last done. */
    static final int RECENT = 20;

    @Inject
    TransactionScope scope;

    @Inject
    Meetings meetings;

    @Inject
    EntityManager em;

    public PublicDiaryView open(String token) {
        DiaryLink link = usable(token, false);
        Mentorship m = link.mentorship;
        List<PublicDiaryView.Mentee> mentees = m.mentees.stream().filter(mm -> mm.removedOn == null)
                .sorted(Comparator.comparing((MentorshipMentee mm) -> mm.participant.fullName))
                .map(mm -> new PublicDiaryView.Mentee(mm.participant.id, mm.participant.fullName)).toList();
        List<Meeting> recent = Meeting.<Meeting>find("mentorship", Sort.by("heldOn", Sort.Direction.Descending)
                .and("startsAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("createdAt", Sort.Direction.Descending).and("id"), m).page(0, RECENT).list();
        return new PublicDiaryView(m.school.shortName, m.form, m.kind, m.plannedStart, m.plannedEnd, m.startedOn,
                mentees, Programme.count("mentorship", m) > 0, Meetings.activities(m),
                meetings.views(recent, ownEntries()), (int) Meetings.OWN_EDIT.toDays(), link.expiresAt);
    }

    public MeetingView meeting(String token, UUID meetingId) {
        Mentorship m = usable(token, false).mentorship;
        return meetings.view(Meetings.find(m, meetingId), ownEntries());
    }

    /** The mentor logs a meeting; the entry says it came through the link and in whose name. */
    public MeetingView record(String token, MeetingInput input) {
        Mentorship m = usable(token, true).mentorship;
        Meeting meeting = meetings.create(m, input, RecordedVia.DIARY_LINK, m.mentor.fullName);
        return meetings.view(meeting, ownEntries());
    }

    /** The mentor corrects an entry of their own from the last days; anything else is the curator's to change. */
    public MeetingView update(String token, UUID meetingId, MeetingInput input) {
        Mentorship m = usable(token, true).mentorship;
        Meeting meeting = Meetings.find(m, meetingId);
        if (!Meetings.ownAndRecent(meeting, Instant.now())) {
            throw ApiException.conflict("diary-entry-locked", "Запись уже не изменить по ссылке",
                    "По ссылке можно исправлять только свои записи в течение " + Meetings.OWN_EDIT.toDays()
                            + " дней после того, как они сделаны. Чтобы исправить эту, обратитесь к куратору.");
        }
        meetings.update(m, meeting, input);
        return meetings.view(meeting, ownEntries());
    }

    /**
     * The mentor marks an activity of the pair's programme as being worked on or done, with its result: the
     * programme's own record of the activity changes, and the curator sees it there.
     */
    public DiaryActivityView progress(String token, UUID activityId, ActivityProgressInput input) {
        Mentorship m = usable(token, true).mentorship;
        ProgrammeActivity activity = ProgrammeActivity.<ProgrammeActivity>find(
                "id = ?1 and programme.mentorship = ?2", activityId, m).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Мероприятие не найдено"));
        if (m.status != MentorshipStatus.ACTIVE) {
            throw ApiException.conflict("diary-not-started", "Пара ещё не начала работу",
                    "Отмечать выполнение мероприятий можно, когда пара начнёт работу.");
        }
        if (activity.status == ActivityStatus.CANCELLED) {
            throw ApiException.conflict("activity-cancelled", "Мероприятие отменено",
                    "Куратор отменил это мероприятие; если оно всё же нужно, обратитесь к куратору.");
        }
        Versioned.check(input.version(), activity.version);
        String result = input.result() == null ? activity.result : input.result().trim();
        switch (input.status()) {
            case DONE -> {
                LocalDate doneOn = input.doneOn() != null ? input.doneOn() : LocalDate.now();
                if (doneOn.isAfter(LocalDate.now())) {
                    throw ApiException.invalid("doneOn", "Дата выполнения не может быть в будущем");
                }
                if (doneOn.isBefore(m.startedOn)) {
                    throw ApiException.invalid("doneOn",
                            "Пара начала работу " + Labels.date(m.startedOn) + ": выполнить раньше было нельзя");
                }
                if (result.isBlank()) {
                    throw ApiException.invalid("result", "Опишите результат: что сделано");
                }
                activity.doneOn = doneOn;
            }
            case IN_PROGRESS -> {
                if (input.doneOn() != null) {
                    throw ApiException.invalid("doneOn", "Дата выполнения указывается у выполненного мероприятия");
                }
                activity.doneOn = null;
            }
            default -> throw ApiException.invalid("status",
                    "По ссылке мероприятие отмечается как выполняемое (IN_PROGRESS) или выполненное (DONE)");
        }
        activity.status = input.status();
        activity.result = result;
        em.flush();
        return DiaryActivityView.of(activity);
    }

    private static Predicate<Meeting> ownEntries() {
        Instant now = Instant.now();
        return meeting -> Meetings.ownAndRecent(meeting, now);
    }

    /**
     * Finds the link and refuses, each with its own clear reason, anything that is not a link in force to an open
     * diary. Writing through a link locks its pair and the link, so that completing the pair or revoking the link
     * waits for the entry or comes before it.
     */
    private DiaryLink usable(String token, boolean lock) {
        String hash = scope.applyLinkSchool(token, "diary_link_school").orElseThrow(PublicDiaryService::unknown);
        DiaryLink link = DiaryLink.<DiaryLink>find("tokenHash", hash).firstResultOptional()
                .orElseThrow(PublicDiaryService::unknown);
        Mentorship m = link.mentorship;
        if (lock) {
            // The pair first, then the link: the order in which completing a pair locks them.
            em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(link, LockModeType.PESSIMISTIC_WRITE);
        }
        Instant now = Instant.now();
        if (!m.status.open()) {
            throw gone("diary-link-closed", "Работа пары завершена",
                    "Дневник этой пары закрыт" + (m.endedOn == null ? "" : " с " + Labels.date(m.endedOn))
                            + ": записи сохранены у куратора программы.");
        }
        if (link.revokedAt != null) {
            throw gone("diary-link-revoked", "Ссылка отозвана",
                    "Эта ссылка больше не действует: куратор отозвал её или прислал новую. Попросите у куратора "
                            + "действующую ссылку.");
        }
        if (!link.expiresAt.isAfter(now)) {
            throw gone("diary-link-expired", "Срок действия ссылки истёк",
                    "Попросите куратора программы прислать новую ссылку на дневник.");
        }
        link.lastUsedAt = now;
        return link;
    }

    private static ApiException unknown() {
        return new ApiException(404, "diary-link-unknown", "Ссылка не найдена",
                "Проверьте, что адрес скопирован полностью, или попросите куратора прислать новую ссылку.", null);
    }

    private static ApiException gone(String kind, String title, String detail) {
        return new ApiException(410, kind, title, detail, null);
    }
}
