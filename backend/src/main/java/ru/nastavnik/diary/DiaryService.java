package ru.nastavnik.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;

/**
 * The curator's side of the mentor's diary: every meeting of a pair, whoever recorded it, to read, correct, delete
 * or record on the mentor's behalf, and the diary as the file schools hand in.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class DiaryService {

    private static final Map<String, String> SORTS = Map.of("date", "m.heldOn", "createdAt", "m.createdAt");

    /** Newest first; meetings of one day by their time, a meeting without a time after those with one. */
    private static final Sort NEWEST_FIRST = Sort.by("m.heldOn", Sort.Direction.Descending)
            .and("m.startsAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("m.createdAt", Sort.Direction.Descending).and("m.id");

    /** As a diary reads: from the first meeting on. */
    private static final Sort IN_ORDER = Sort.by("m.heldOn").and("m.startsAt", Sort.NullPrecedence.NULLS_LAST)
            .and("m.createdAt").and("m.id");

    @Inject
    MentorshipService mentorships;

    @Inject
    Meetings meetings;

    @Inject
    Caller caller;

    public MeetingPage list(UUID schoolId, UUID mentorshipId, MeetingFilter filter, PageQuery paging) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Sort sort = paging.sort == null || paging.sort.isBlank() ? NEWEST_FIRST
                : paging.toSort(SORTS, "date", "m.id");
        PanacheQuery<Meeting> query = query(m, filter, sort).page(paging.toPage());
        return new MeetingPage(meetings.views(query.list(), DiaryService::editable), query.count(), paging.page,
                paging.size);
    }

    public MeetingView get(UUID schoolId, UUID mentorshipId, UUID meetingId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        return meetings.view(Meetings.find(m, meetingId), DiaryService::editable);
    }

    /** The curator records a meeting, often on the mentor's behalf from what the mentor told them. */
    public MeetingView create(UUID schoolId, UUID mentorshipId, MeetingInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Meeting meeting = meetings.create(m, input, RecordedVia.CURATOR, caller.fullName());
        return meetings.view(meeting, DiaryService::editable);
    }

    /** The curator may correct any entry, the mentor's included, while the diary is open. */
    public MeetingView update(UUID schoolId, UUID mentorshipId, UUID meetingId, MeetingInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Meeting meeting = Meetings.find(m, meetingId);
        meetings.update(m, meeting, input);
        return meetings.view(meeting, DiaryService::editable);
    }

    public void delete(UUID schoolId, UUID mentorshipId, UUID meetingId, Integer version) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        meetings.delete(m, Meetings.find(m, meetingId), version);
    }

    public List<DiaryActivityView> activities(UUID schoolId, UUID mentorshipId) {
        return Meetings.activities(mentorships.find(schoolId, mentorshipId));
    }

    /** The diary of the period as the report is laid out: the pair, then its meetings in order. */
    public DiaryReport report(UUID schoolId, UUID mentorshipId, MeetingFilter filter) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        List<MeetingView> rows = meetings.views(query(m, filter, IN_ORDER).list(), DiaryService::editable);
        return DiaryReport.of(m, filter.since(), filter.until(), rows);
    }

    private static boolean editable(Meeting meeting) {
        return Meetings.open(meeting.mentorship);
    }

    private static PanacheQuery<Meeting> query(Mentorship m, MeetingFilter filter, Sort sort) {
        StringBuilder where = new StringBuilder("from Meeting m where m.mentorship = :mentorship");
        Parameters params = Parameters.with("mentorship", m);
        if (filter.kind != null) {
            where.append(" and m.kind = :kind");
            params.and("kind", filter.kind);
        }
        if (filter.held != null) {
            where.append(" and m.held = :held");
            params.and("held", filter.held);
        }
        LocalDate since = filter.since();
        if (since != null) {
            where.append(" and m.heldOn >= :since");
            params.and("since", since);
        }
        LocalDate until = filter.until();
        if (until != null) {
            where.append(" and m.heldOn <= :until");
            params.and("until", until);
        }
        return Meeting.find(where.toString(), sort, params);
    }
}
