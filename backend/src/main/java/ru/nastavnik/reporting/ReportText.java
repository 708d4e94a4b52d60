package ru.nastavnik.reporting;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.common.document.Block;
import ru.nastavnik.common.document.Block.Line;
import ru.nastavnik.common.document.Block.Sides;
import ru.nastavnik.common.document.Block.Table;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.mentorship.Labels;
import ru.nastavnik.monitoring.Figure;
import ru.nastavnik.monitoring.FiguresView.IndicatorFigures;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.monitoring.IndicatorUnit;

/**
 * A monitoring report as the municipalities hand them in: the figures table (indicator, value, numerator,
 * denominator, target) in the workbook, and in Word an «Аналитическая справка» — the figures, then the note's
 * sections, for a municipality also its schools' reports — signed by whoever submitted it.
 */
final class ReportText {

    static final String NO_DATA = "нет данных";
    private static final int CELL = 11;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy")
            .withZone(CampaignService.ZONE);

    /** The workbook's columns: the same figures the document shows. */
    static final List<TableColumn<IndicatorFigures>> COLUMNS = List.of(
            TableColumn.<IndicatorFigures>of("Показатель", IndicatorFigures::title).wide(60),
            TableColumn.of("Единица", i -> unit(i.unit())),
            TableColumn.of("Значение", i -> i.figure().value()),
            TableColumn.of("Числитель", i -> i.figure().numerator()),
            TableColumn.of("Знаменатель", i -> i.figure().denominator()),
            TableColumn.of("Целевое значение", i -> i.target() == null ? null : i.target().value()),
            TableColumn.<IndicatorFigures>of("Примечание", ReportText::remark).wide(50));

    private ReportText() {
    }

    /** A school of a municipal report: its report's state and its figures from the municipality's breakdown. */
    record SchoolLine(int n, SchoolReportRow report, Map<Indicator, Figure> figures) {
    }

    /**
     * The columns of a municipal report's sheet of schools, as consolidated reports list them: the school, its
     * report's state, when it was sent and accepted, whether it is late, then each of the campaign's indicators.
     */
    static List<TableColumn<SchoolLine>> schoolColumns(ReportView r) {
        List<TableColumn<SchoolLine>> columns = new ArrayList<>(List.of(
                TableColumn.<SchoolLine>of("№ п/п", SchoolLine::n).wide(7),
                TableColumn.<SchoolLine>of("Организация", l -> l.report().schoolName()).wide(40),
                TableColumn.of("Отчёт", l -> l.report().status() == null ? "не начат" : l.report().status().label),
                TableColumn.of("Версия", l -> l.report().number()),
                TableColumn.of("Отправлен", l -> l.report().submittedAt()),
                TableColumn.of("Принят", l -> l.report().acceptedAt()),
                TableColumn.of("Просрочен", l -> l.report().late())));
        for (IndicatorFigures i : r.figures().indicators()) {
            columns.add(TableColumn.<SchoolLine>of(i.title() + " (" + unit(i.unit()) + ")", l -> {
                Figure f = l.figures().get(i.indicator());
                return f == null || f.value() == null ? NO_DATA : f.value();
            }).wide(24));
        }
        return columns;
    }

    static List<SchoolLine> schoolLines(ReportView r) {
        Map<UUID, Map<Indicator, Figure>> bySchool = new HashMap<>();
        for (IndicatorFigures i : r.figures().indicators()) {
            i.breakdown().forEach(u -> bySchool.computeIfAbsent(u.id(), k -> new EnumMap<>(Indicator.class))
                    .put(i.indicator(), u.figure()));
        }
        List<SchoolLine> lines = new ArrayList<>();
        for (SchoolReportRow row : r.schools()) {
            lines.add(new SchoolLine(lines.size() + 1, row, bySchool.getOrDefault(row.schoolId(), Map.of())));
        }
        return lines;
    }

    static String fileName(ReportView r) {
        return "Мониторинг " + r.name() + " " + r.campaign().periodLabel();
    }

    /** The workbook's lines above the table: what, whose, for which period, in which state. */
    static List<List<?>> preamble(ReportView r) {
        return List.of(List.of(r.campaign().title()), List.of(r.name()),
                List.of("Период: " + r.campaign().periodLabel()), List.of(state(r)));
    }

    static List<Block> blocks(ReportView r) {
        List<Block> p = new ArrayList<>();
        p.add(Line.of("АНАЛИТИЧЕСКАЯ СПРАВКА").bold().center().size(16));
        p.add(Line.of("по итогам мониторинга реализации целевой модели наставничества").bold().center());
        p.add(Line.of(r.name()).center());
        p.add(Line.of("за " + r.campaign().periodLabel()).center().space(0, 6));
        p.add(Line.of(r.campaign().title() + ". " + state(r)).center().size(12).space(0, 12));

        int section = 1;
        p.add(heading(section++ + ". Показатели"));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (IndicatorFigures i : r.figures().indicators()) {
            rows.add(List.of(n++ + ".", i.title(), value(i), i.figure().numerator().toPlainString(),
                    i.figure().denominator() == null ? "—" : i.figure().denominator().toPlainString(),
                    i.target() == null ? "не установлено" : i.target().value().toPlainString() + suffix(i.unit())
                            + "\n(" + i.target().documentNumber() + " от " + Labels.date(i.target().documentDate())
                            + ")"));
        }
        p.add(table(List.of("№ п/п", "Показатель", "Значение", "Числитель", "Знаменатель", "Целевое значение"),
                new int[] { 7, 41, 12, 12, 12, 16 }, rows));
        if (!r.figuresFrozen()) {
            p.add(Line.of("Показатели на " + Labels.date(r.figures().period().asOf())
                    + ": закрепятся при отправке отчёта.").size(12).space(6, 0));
        }

        String[][] note = { { "Проделанная работа", r.note().done() }, { "Результаты", r.note().results() },
                { "Проблемы и трудности", r.note().problems() }, { "Планы на следующий период", r.note().plans() },
                { "Сильные стороны программы наставничества", r.note().strengths() },
                { "Слабые стороны программы наставничества", r.note().weaknesses() } };
        for (String[] part : note) {
            p.add(heading(section++ + ". " + part[0]));
            if (part[1].isBlank()) {
                p.add(Line.text("Не заполнено."));
            } else {
                part[1].lines().filter(l -> !l.isBlank()).forEach(l -> p.add(Line.text(l.strip())));
            }
        }

        if (r.schools() != null) {
            p.add(heading(section + ". Отчёты организаций"));
            List<List<String>> schools = new ArrayList<>();
            int s = 1;
            for (SchoolReportRow row : r.schools()) {
                schools.add(List.of(s++ + ".", row.schoolName(),
                        row.status() == null ? "не начат" : row.status().label,
                        row.submittedAt() == null ? "" : DAY.format(row.submittedAt()),
                        row.late() ? "просрочен" : ""));
            }
            p.add(table(List.of("№ п/п", "Организация", "Отчёт", "Отправлен", "Срок"), new int[] { 7, 48, 19, 13, 13 },
                    schools));
            MunicipalityReportRow.SchoolCounts c = MunicipalityReportRow.SchoolCounts.of(r.schools());
            p.add(Line.text("Организаций: " + c.total() + ", отчёты приняты у " + c.accepted() + ", не отправлены у "
                    + c.missing() + ", из них просрочены у " + c.late() + ".").space(6, 0));
        }

        String by = r.versions().isEmpty() ? "________________" : r.versions().get(r.versions().size() - 1).submittedBy();
        p.add(Sides.of(r.level() == ReportLevel.SCHOOL ? "Куратор программы наставничества"
                : "Муниципальный координатор", "__________ / " + by + " /").space(24, 0));
        p.add(Line.of(r.submittedAt() == null ? "«___» ____________ 20___ г." : DAY.format(r.submittedAt()))
                .space(18, 0));
        return p;
    }

    private static String state(ReportView r) {
        return "Версия " + r.number() + ", " + r.status().label
                + (r.submittedAt() == null ? "" : ", отправлен " + DAY.format(r.submittedAt()));
    }

    private static String value(IndicatorFigures i) {
        BigDecimal v = i.figure().value();
        return v == null ? NO_DATA : v.toPlainString() + suffix(i.unit());
    }

    private static String remark(IndicatorFigures i) {
        if (i.figure().noDataText() != null) {
            return i.figure().noDataText();
        }
        int missing = i.figure().schoolsWithoutContingent();
        return missing == 0 ? null : "Без контингента учебного года: " + missing;
    }

    private static String unit(IndicatorUnit unit) {
        return switch (unit) {
            case PERCENT -> "%";
            case SCORE -> "балл";
            case COUNT -> "число";
            case CHANGE -> "изменение балла";
        };
    }

    private static String suffix(IndicatorUnit unit) {
        return unit == IndicatorUnit.PERCENT ? " %" : "";
    }

    private static Line heading(String text) {
        return Line.of(text).bold().space(12, 6).keep();
    }

    private static Table table(List<String> header, int[] widths, List<List<String>> rows) {
        return new Table(header, widths, rows.stream()
                .map(r -> r.stream().map(cell -> List.of(cell.split("\n"))).toList()).toList(), CELL);
    }
}
