package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import ru.nastavnik.participant.MentoringForm;

/** The Russian words that messages and documents use for codes and dates. */
public final class Labels {

    private static final Map<MentoringForm, String> FORMS = new EnumMap<>(Map.of(
            MentoringForm.PUPIL_PUPIL, "ученик — ученик",
            MentoringForm.TEACHER_TEACHER, "учитель — учитель",
            MentoringForm.TEACHER_PUPIL, "учитель — ученик",
            MentoringForm.STUDENT_PUPIL, "студент — ученик",
            MentoringForm.STUDENT_STUDENT, "студент — студент",
            MentoringForm.EMPLOYER_PUPIL, "работодатель — ученик",
            MentoringForm.EMPLOYER_STUDENT, "работодатель — студент",
            MentoringForm.HEAD_TEACHER, "руководитель — педагог",
            MentoringForm.COLLEGE_TEACHER_YOUNG_TEACHER, "педагог колледжа — молодой педагог"));

    private static final String[] MONTHS = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря" };

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Labels() {
    }

    public static String form(MentoringForm form) {
        return FORMS.get(form);
    }

    public static String kind(MentorshipKind kind) {
        return kind.label;
    }

    /** 01.09.2025 */
    public static String date(LocalDate date) {
        return date.format(SHORT);
    }

    /** «01» сентября 2025 г., as orders are dated. */
    public static String longDate(LocalDate date) {
        return "«%02d» %s %d г.".formatted(date.getDayOfMonth(), MONTHS[date.getMonthValue() - 1], date.getYear());
    }

    /** "Заместитель директора по УВР" inside a sentence: only the first letter changes, abbreviations stay. */
    public static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
