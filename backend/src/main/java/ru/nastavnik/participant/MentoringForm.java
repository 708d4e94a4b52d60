package ru.nastavnik.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Форма наставничества: кто с кем работает")
public enum MentoringForm {
    PUPIL_PUPIL, TEACHER_TEACHER, TEACHER_PUPIL, STUDENT_PUPIL, STUDENT_STUDENT, EMPLOYER_PUPIL, EMPLOYER_STUDENT,
    HEAD_TEACHER, COLLEGE_TEACHER_YOUNG_TEACHER
}
