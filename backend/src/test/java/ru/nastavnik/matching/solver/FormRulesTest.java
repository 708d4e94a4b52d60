package ru.nastavnik.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ru.nastavnik.participant.MentoringForm;

class FormRulesTest {

    @Test
    void theGradeIsTheClassOrCourseNumber() {
        assertThat(FormRules.gradeOf("9А")).isEqualTo(9);
        assertThat(FormRules.gradeOf("10 класс")).isEqualTo(10);
        assertThat(FormRules.gradeOf("11 «Б»")).isEqualTo(11);
        assertThat(FormRules.gradeOf("2 курс")).isEqualTo(2);
        assertThat(FormRules.gradeOf("учитель математики")).isNull();
        assertThat(FormRules.gradeOf("кабинет 12")).isNull();
        assertThat(FormRules.gradeOf(null)).isNull();
    }

    @Test
    void everyFormHasBothSides() {
        for (MentoringForm form : MentoringForm.values()) {
            assertThat(FormRules.mentorKinds(form)).as("%s", form).isNotEmpty();
            assertThat(FormRules.menteeKinds(form)).as("%s", form).isNotEmpty();
        }
    }
}
