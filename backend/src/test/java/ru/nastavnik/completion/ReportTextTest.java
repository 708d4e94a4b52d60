package ru.nastavnik.completion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the report writes figures and names. */
class ReportTextTest {

    @Test
    void changesCarryTheirSignAndADecimalComma() {
        assertThat(ReportText.signed(1.5)).isEqualTo("+1,5");
        assertThat(ReportText.signed(-0.25)).isEqualTo("−0,25");
        assertThat(ReportText.signed(2.0 / 3)).isEqualTo("+0,67");
        assertThat(ReportText.signed(0.001)).isEqualTo("0");
        assertThat(ReportText.number(4.0)).isEqualTo("4");
    }

    @Test
    void pointsAgreeWithTheirNumber() {
        assertThat(ReportText.points(1)).isEqualTo("+1 балл");
        assertThat(ReportText.points(-3)).isEqualTo("−3 балла");
        assertThat(ReportText.points(5)).isEqualTo("+5 баллов");
        assertThat(ReportText.points(11)).isEqualTo("+11 баллов");
        assertThat(ReportText.points(21)).isEqualTo("+21 балл");
        assertThat(ReportText.points(1.5)).isEqualTo("+1,5 балла");
        assertThat(ReportText.points(0)).isEqualTo("0 баллов");
    }

    @Test
    void aSignatureNamesThePersonBySurnameAndInitials() {
        assertThat(ReportText.initials("Щербакова Юлия Эдуардовна")).isEqualTo("Щербакова Ю. Э.");
        assertThat(ReportText.initials("Ёлкин Фёдор")).isEqualTo("Ёлкин Ф.");
        assertThat(ReportText.initials(null)).isEqualTo("________________");
    }
}
