package ru.nastavnik.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

/** A template that a school could not agree to never ships: the checks the registry runs when it reads them. */
class ProgrammeTemplatesTest {

    private static ProgrammeTemplate template(MentoringForm form, ProgrammeTemplate.Activity activity) {
        return new ProgrammeTemplate("test", form, "Название", "Кому", "Проблема", "Содержание", "Промежуточные",
                "Итоговые", "Условия", ProgrammeMode.IN_PERSON, MeetingFrequency.WEEKLY,
                List.of(new ProgrammeTemplate.Goal("Цель", "Задача")), List.of(activity));
    }

    @Test
    void aTemplateWhoseActivitiesFitItsFormHasNoProblems() {
        assertThat(ProgrammeTemplates.problems(template(MentoringForm.TEACHER_PUPIL,
                new ProgrammeTemplate.Activity(0, ActivityDirection.STUDY, "Разбор", "", 4, Performer.BOTH))))
                .isEmpty();
    }

    @Test
    void aDirectionOfTheTeacherFormsInAPupilsTemplateIsAProblem() {
        assertThat(ProgrammeTemplates.problems(template(MentoringForm.TEACHER_PUPIL,
                new ProgrammeTemplate.Activity(0, ActivityDirection.METHODICAL, "Разбор", "", 4, Performer.BOTH))))
                .singleElement().asString().contains("does not fit TEACHER_PUPIL");
    }

    @Test
    void anActivityOfAGoalTheTemplateLacksOrDueAfterAYearIsAProblem() {
        assertThat(ProgrammeTemplates.problems(template(MentoringForm.HEAD_TEACHER,
                new ProgrammeTemplate.Activity(3, ActivityDirection.METHODICAL, "Отчёт", "", 60, Performer.MENTEE))))
                .hasSize(2);
    }
}
