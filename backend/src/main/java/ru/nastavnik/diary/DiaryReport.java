package ru.nastavnik.diary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;

/**
 * «Дневник наставника» as schools hand it in each month: who the pair is, then a line per meeting with what was
 * done, who came and which activities of the programme were worked on.
 */
public record DiaryReport(String school, String form, String kind, String mentor, String mentees,
        LocalDate plannedStart, LocalDate plannedEnd, LocalDate since, LocalDate until, List<MeetingView> meetings) {

    public static final String TITLE = "Дневник наставника";

    public static final List<TableColumn<MeetingView>> COLUMNS = List.of(
            TableColumn.<MeetingView>of("Дата", MeetingView::date).wide(11),
            TableColumn.<MeetingView>of("Время", m -> m.startsAt() == null ? null : m.startsAt().toString()).wide(7),
            TableColumn.<MeetingView>of("Вид встречи", m -> m.kind().label).wide(12),
            TableColumn.<MeetingView>of("Состояние", m -> m.held() ? "проведена" : "запланирована").wide(13),
            TableColumn.<MeetingView>of("Формат", m -> m.format().label).wide(13),
            TableColumn.<MeetingView>of("Продолжительность, мин", MeetingView::durationMinutes).wide(14),
            TableColumn.<MeetingView>of("Тема", MeetingView::topic).wide(28),
            TableColumn.<MeetingView>of("Содержание, итоги", MeetingView::notes).wide(48),
            TableColumn.<MeetingView>of("Присутствовали", m -> names(m, true)).wide(24),
            TableColumn.<MeetingView>of("Отсутствовали", m -> names(m, false)).wide(20),
            TableColumn.<MeetingView>of("Мероприятия программы", m -> m.activities().stream()
                    .map(MeetingView.ActivityRef::title).collect(Collectors.joining("; "))).wide(28),
            TableColumn.<MeetingView>of("Записал(а)", m -> m.recordedBy()
                    + (m.recordedVia() == RecordedVia.DIARY_LINK ? " (по ссылке)" : " (куратор)")).wide(22));

    static DiaryReport of(Mentorship m, LocalDate since, LocalDate until, List<MeetingView> meetings) {
        String mentees = m.mentees.stream()
                .sorted(Comparator.comparing((MentorshipMentee mm) -> mm.removedOn != null)
                        .thenComparing(mm -> mm.participant.fullName))
                .map(mm -> mm.participant.fullName
                        + (mm.removedOn == null ? "" : " (выбыл(а) " + Labels.date(mm.removedOn) + ")"))
                .collect(Collectors.joining("; "));
        return new DiaryReport(m.school.fullName, Labels.form(m.form), Labels.kind(m.kind), m.mentor.fullName,
                mentees, m.plannedStart, m.plannedEnd, since, until, meetings);
    }

    /**
     * The lines above the table, as a paper diary begins: the title, then who the pair is, a line each in one cell,
     * so that a long school name reads across the page.
     */
    public List<List<?>> preamble() {
        List<MeetingView> held = meetings.stream().filter(MeetingView::held).toList();
        int minutes = held.stream().mapToInt(m -> m.durationMinutes() == null ? 0 : m.durationMinutes()).sum();
        return List.of(
                List.of(TITLE),
                List.of("Организация: " + school),
                List.of("Форма наставничества: " + form + "; вид наставничества: " + kind),
                List.of("Наставник: " + mentor),
                List.of("Наставляемые: " + mentees),
                List.of("Срок работы пары: " + Labels.date(plannedStart) + " — " + Labels.date(plannedEnd)),
                List.of("Период: " + period()),
                List.of("Проведено встреч: " + held.size() + ", общая продолжительность " + minutes / 60 + " ч "
                        + minutes % 60 + " мин"),
                List.of());
    }

    private String period() {
        if (since == null && until == null) {
            return "все записи";
        }
        String from = since == null ? null : "с " + Labels.date(since);
        String to = until == null ? null : "по " + Labels.date(until);
        return from == null ? to : to == null ? from : from + " " + to;
    }

    private static String names(MeetingView m, boolean present) {
        return m.attendance().stream().filter(p -> p.present() == present).map(MeetingView.Presence::fullName)
                .collect(Collectors.joining("; "));
    }
}
