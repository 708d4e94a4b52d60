package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines and stages as roadmaps write them, read in the academic year 2026/2027. */
class DeadlineTest {

    private static final int YEAR = 2026;

    @ParameterizedTest(name = "«{0}» -> {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            до 01.10.2026               | DATE         | 2026-10-01 | -
            01.10.2026                  | DATE         | 2026-10-01 | -
            до 1.9.2026 г.              | DATE         | 2026-09-01 | -
            не позднее 2027-05-25       | DATE         | 2027-05-25 | -
            до 15 октября               | DATE         | 2026-10-15 | -
            к 25 мая 2027 года          | DATE         | 2027-05-25 | -
            сентябрь 2026               | MONTH        | 2026-09-01 | -
            Сентябрь                    | MONTH        | 2026-09-01 | -
            май                         | MONTH        | 2027-05-01 | -
            в течение мая               | MONTH        | 2027-05-01 | -
            октябрь 2026 г.             | MONTH        | 2026-10-01 | -
            ежегодно сентябрь           | MONTH        | 2026-09-01 | -
            сентябрь-октябрь            | MONTH        | 2026-10-01 | 2026-09-01
            сентябрь – октябрь 2026     | MONTH        | 2026-10-01 | 2026-09-01
            ноябрь – март               | MONTH        | 2027-03-01 | 2026-11-01
            сентябрь 2026 — май 2027    | MONTH        | 2027-05-01 | 2026-09-01
            в течение года              | THROUGH_YEAR | -          | -
            В течение учебного года     | THROUGH_YEAR | -          | -
            ежегодно                    | THROUGH_YEAR | -          | -
            по мере необходимости       | AS_NEEDED    | -          | -
            По мере поступления.        | AS_NEEDED    | -          | -
            ежемесячно                  | MONTHLY      | -          | -
            ежеквартально               | QUARTERLY    | -          | -
            """)
    void readsTheWaysRoadmapsWriteADeadline(String text, DeadlineKind kind, LocalDate date, LocalDate from) {
        assertThat(Deadline.parse(text, YEAR)).isEqualTo(new Deadline(kind, date, from));
    }

    @ParameterizedTest(name = "«{0}»: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            завтра                  | Срок «завтра» не распознан
            31.02.2027              | Такой даты нет: «31.02.2027»
            до 31 июня              | Такой даты нет
            сентябрь – сентябрь     | кончается раньше, чем начинается
            '   '                   | Укажите срок
            в течение квартала      | не распознан
            когда-нибудь            | Срок «когда-нибудь» не распознан
            """)
    void refusesWhatIsNoDeadlineInRussian(String text, String message) {
        assertThatThrownBy(() -> Deadline.parse(text, YEAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0} -> «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            до 01.10.2026           | до 01.10.2026
            сентябрь                | сентябрь 2026
            сентябрь – октябрь      | сентябрь – октябрь 2026
            ноябрь 2026 – март 2027 | ноябрь 2026 – март 2027
            в течение года          | в течение года
            по мере поступления     | по мере необходимости
            ежемесячно              | ежемесячно
            """)
    void writesADeadlineBackAsRoadmapsDo(String text, String label) {
        Deadline d = Deadline.parse(text, YEAR);
        assertThat(d.label()).isEqualTo(label);
        assertThat(Deadline.parse(d.label(), YEAR)).isEqualTo(d);
    }

    @Test
    void aDayIsOverdueAfterItAndAMonthAfterItsLastDayWhileTheItemIsOpen() {
        Deadline day = Deadline.parse("до 01.10.2026", YEAR);
        assertThat(day.overdue(ItemStatus.PLANNED, LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(day.overdue(ItemStatus.PLANNED, LocalDate.of(2026, 10, 2))).isTrue();
        assertThat(day.overdue(ItemStatus.IN_PROGRESS, LocalDate.of(2026, 10, 2))).isTrue();
        assertThat(day.overdue(ItemStatus.DONE, LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(day.overdue(ItemStatus.CANCELLED, LocalDate.of(2026, 10, 2))).isFalse();

        Deadline month = Deadline.parse("сентябрь – октябрь", YEAR);
        assertThat(month.overdue(ItemStatus.PLANNED, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(month.overdue(ItemStatus.PLANNED, LocalDate.of(2026, 11, 1))).isTrue();

        for (String undated : new String[] { "в течение года", "по мере необходимости", "ежемесячно" }) {
            assertThat(Deadline.parse(undated, YEAR).overdue(ItemStatus.PLANNED, LocalDate.of(2030, 1, 1)))
                    .as(undated).isFalse();
        }
    }

    @ParameterizedTest(name = "«{0}» -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1                                                         | 1
            5.                                                        | 5
            Этап 7                                                    | 7
            2. Формирование базы наставляемых                         | 2
            Создание условий для реализации мероприятий               | 1
            Подготовка условий для запуска программы наставничества   | 1
            Формирование базы наставляемых                            | 2
            Формирование базы наставников                             | 3
            Отбор и обучение наставников                              | 4
            Формирование наставнических пар / групп                   | 5
            Организация работы наставнических пар                     | 6
            Завершение программы наставничества                       | 7
            """)
    void readsAStageByItsNumberOrTitle(String cell, int stage) {
        assertThat(Stage.parse(cell)).isEqualTo(stage);
    }

    @Test
    void refusesAStageOutsideTheModel() {
        assertThatThrownBy(() -> Stage.parse("8")).hasMessage("Этапов семь: укажите номер от 1 до 7");
        assertThatThrownBy(() -> Stage.parse("Разное")).hasMessageContaining("не распознан");
        assertThatThrownBy(() -> Stage.parse("")).hasMessageContaining("Укажите этап");
    }
}
