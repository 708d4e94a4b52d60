package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Форма наставничества: кто с кем работает")
public enum MentoringForm {
    PUPIL_PUPIL, TEACHER_TEACHER, TEACHER_PUPIL, STUDENT_PUPIL, STUDENT_STUDENT, EMPLOYER_PUPIL, EMPLOYER_STUDENT,
    HEAD_TEACHER, COLLEGE_TEACHER_YOUNG_TEACHER;

    /**
     * Whether both sides of the form are adults (teachers, young specialists, heads): only such pairs may cross a
     * school's boundary, because minors' personal data stays in their school.
     */
    public boolean adultsOnly() {
        return this == TEACHER_TEACHER || this == HEAD_TEACHER || this == COLLEGE_TEACHER_YOUNG_TEACHER;
    }
}
