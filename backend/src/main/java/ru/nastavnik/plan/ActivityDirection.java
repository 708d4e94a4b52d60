package ru.nastavnik.plan;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.nastavnik.participant.MentoringForm;

/**
 * Directions of the plan of activities: for the teacher forms the ones the school regulations list (§4.9), for the
 * pupil and student forms the usual kinds of a pupil's or student's work with a mentor.
 */
@Schema(description = "Направление мероприятия плана")
public enum ActivityDirection {
    THEORETICAL("научно-теоретическое", true),
    REGULATORY("нормативно-правовое", true),
    SUBJECT("предметно-профессиональное", true),
    PSYCHOLOGICAL("психолого-педагогическое", true),
    METHODICAL("методическое", true),
    STUDY("учебное", false),
    PROJECT("проектное", false),
    CAREER("профориентационное", false),
    CREATIVE("творческое", false),
    SOCIAL("социальное", false);

    public final String label;
    private final boolean teachers;

    ActivityDirection(String label, boolean teachers) {
        this.label = label;
        this.teachers = teachers;
    }

    /** Whether the direction belongs to the plan of a pair of this form. */
    public boolean fits(MentoringForm form) {
        return teachers == forTeachers(form);
    }

    /** The directions a plan of a pair of this form uses. */
    public static List<ActivityDirection> of(MentoringForm form) {
        return Arrays.stream(values()).filter(d -> d.fits(form)).toList();
    }

    /** The forms whose mentee is a teacher follow the regulation's directions; the others the pupils' ones. */
    public static boolean forTeachers(MentoringForm form) {
        return switch (form) {
            case TEACHER_TEACHER, HEAD_TEACHER, COLLEGE_TEACHER_YOUNG_TEACHER -> true;
            default -> false;
        };
    }
}
