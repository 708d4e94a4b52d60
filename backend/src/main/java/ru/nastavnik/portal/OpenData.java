package ru.nastavnik.portal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.monitoring.Figure;
import ru.nastavnik.monitoring.FiguresQuery;
import ru.nastavnik.monitoring.FiguresView;
import ru.nastavnik.monitoring.FiguresView.IndicatorFigures;
import ru.nastavnik.org.Region;
import ru.nastavnik.participant.MentoringForm;

/**
 * The open-data set of the indicators (набор открытых данных) with its passport and structure, after the Russian
 * methodology of publishing open data: a CSV in UTF-8 with a comma between fields, fields in double quotes where
 * they hold a comma, a quote or a line break, a header line of the field names, numbers with a decimal point. Its
 * rows are the portal's indicators for the period, suppressed the same way: the region, each municipality and each
 * school, for all forms and (region and municipalities) for each form.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class OpenData {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    static final String TITLE = "Показатели целевой модели наставничества";

    /** The structure: each field's name, its description in English and in Russian, and its format. */
    static final List<Field> STRUCTURE = List.of(
            new Field("period", "Period: academic year (2026 for 2026/27) or its half (2026-1, 2026-2)",
                    "Период: учебный год (2026 — 2026/27) или полугодие (2026-1, 2026-2)", "Строка"),
            new Field("period_from", "First day of the period", "Первый день периода", "Дата (ГГГГ-ММ-ДД)"),
            new Field("period_to", "Last day counted", "Последний учтённый день", "Дата (ГГГГ-ММ-ДД)"),
            new Field("level", "REGION, MUNICIPALITY or SCHOOL", "Уровень: REGION, MUNICIPALITY, SCHOOL", "Строка"),
            new Field("org_id", "Identifier of the region, municipality or school", "Идентификатор организации или"
                    + " территории", "UUID"),
            new Field("org_name", "Name", "Наименование", "Строка"),
            new Field("parent_id", "Identifier of the level above", "Идентификатор уровня выше", "UUID"),
            new Field("form", "Form of mentorship; empty for all forms", "Форма наставничества; пусто — все формы",
                    "Строка"),
            new Field("indicator", "Indicator code", "Код показателя", "Строка"),
            new Field("indicator_title", "Indicator", "Наименование показателя", "Строка"),
            new Field("unit", "PERCENT, COUNT or SCORE (mean 1-10)", "Единица: PERCENT — %, COUNT — число, SCORE —"
                    + " средний балл 1–10", "Строка"),
            new Field("value", "Value; empty when suppressed or without data", "Значение; пусто, если скрыто или нет"
                    + " данных", "Число"),
            new Field("numerator", "Numerator; empty when suppressed", "Числитель; пусто, если скрыт", "Число"),
            new Field("denominator", "Denominator; empty when suppressed or none", "Знаменатель; пусто, если скрыт"
                    + " или его нет", "Число"),
            new Field("suppressed", "Whether anything of the row is hidden", "Скрыто ли что-то в строке",
                    "true/false"),
            new Field("note", "«менее 5», «скрыто» or why there is no data", "«менее 5», «скрыто» или почему нет"
                    + " данных", "Строка"),
            new Field("target", "Target value for the academic year", "Целевое значение на учебный год", "Число"),
            new Field("target_met", "Whether the target is met; empty when unknown", "Достигнуто ли целевое"
                    + " значение; пусто, если неизвестно", "true/false"));

    public record Field(String name, String english, String russian, String format) {
    }

    @Inject
    PortalIndicatorService indicators;

    @Inject
    OpenDataConfig config;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    public Dated<byte[]> indicators(FiguresQuery q) {
        PortalIndicatorService.Grid g = indicators.grid(q);
        StringBuilder csv = new StringBuilder();
        line(csv, STRUCTURE.stream().map(Field::name).toList());
        rows(csv, g, g.region(), null);
        for (FiguresView m : g.municipalities().values()) {
            rows(csv, g, m, g.region().id());
        }
        return new Dated<>(csv.toString().getBytes(StandardCharsets.UTF_8), g.lastModified());
    }

    public Dated<byte[]> structure() {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("field name", "english description", "russian description", "format"));
        STRUCTURE.forEach(f -> line(csv, List.of(f.name(), f.english(), f.russian(), f.format())));
        return new Dated<>(csv.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    public Dated<OpenDataPassport> passport(String base) {
        Region region = Region.findById(caller.regionId());
        Instant changed = indicators.lastChange(region.id);
        LocalDate lastChange = changed == null ? null : changed.atZone(ZONE).toLocalDate();
        Instant first = em.createQuery("select min(s.createdAt) from School s where s.municipality.region.id = :region",
                Instant.class).setParameter("region", region.id).getSingleResult();
        return new Dated<>(new OpenDataPassport(config.identifier(), TITLE + " (" + region.name + ")",
                "Доли вовлечённых в наставничество обучающихся и педагогов против целевых значений, результативность"
                        + " пар, удовлетворённость, обучение наставников, лучшие практики и награды — по региону, его"
                        + " муниципалитетам и организациям за учебный год или полугодие. Числа от 1 до 4 скрыты.",
                config.owner().orElse(region.name), config.responsible(), config.phone().orElse(null),
                config.email().orElse(null), base + "/opendata/indicators.csv", "csv",
                base + "/opendata/structure.csv", config.firstPublished().orElse(first == null ? null : first.atZone(ZONE).toLocalDate()), lastChange,
                "Обновлены показатели мониторинга", LocalDate.now(ZONE),
                "наставничество, целевая модель наставничества, образование, мониторинг, целевые показатели",
                "3.0"), changed);
    }

    public Dated<byte[]> passportCsv(String base) {
        Dated<OpenDataPassport> p = passport(base);
        StringBuilder csv = new StringBuilder();
        line(csv, List.of("property", "value"));
        for (List<String> row : p.body().rows()) {
            line(csv, row);
        }
        return new Dated<>(csv.toString().getBytes(StandardCharsets.UTF_8), p.lastModified());
    }

    private static void rows(StringBuilder csv, PortalIndicatorService.Grid g, FiguresView place, UUID parent) {
        for (IndicatorFigures i : place.indicators()) {
            Suppression.Hidden h = g.hidden(i.indicator(), place.id(), null);
            row(csv, place, i, null, place.level(), place.id(), place.name(), parent, i.figure(), h,
                    i.target());
            for (FiguresView.FormFigure f : i.byForm()) {
                row(csv, place, i, f.form(), place.level(), place.id(), place.name(), parent, f.figure(),
                        g.hidden(i.indicator(), place.id(), f.form()), null);
            }
        }
        if (place.level() != FiguresView.Level.MUNICIPALITY) {
            return;
        }
        for (IndicatorFigures i : place.indicators()) {
            for (FiguresView.UnitFigure u : i.breakdown()) {
                row(csv, place, i, null, FiguresView.Level.SCHOOL, u.id(), u.name(), place.id(), u.figure(),
                        g.hidden(i.indicator(), u.id(), null), u.target());
            }
        }
    }

    private static void row(StringBuilder csv, FiguresView place, IndicatorFigures i, MentoringForm form,
            FiguresView.Level level, UUID id, String name, UUID parent, Figure f, Suppression.Hidden h,
            FiguresView.TargetRef target) {
        PortalIndicatorsView.PortalTarget t = PortalIndicatorsView.PortalTarget.of(target);
        PortalValue value = PortalIndicatorService.value(f, h);
        PortalValue numerator = PortalIndicatorService.numerator(f, h);
        PortalValue denominator = PortalIndicatorService.denominator(f, h);
        boolean suppressed = value.suppressed() || numerator.suppressed() || denominator.suppressed();
        String note = numerator.suppressed() ? numerator.display() : denominator.suppressed() ? denominator.display()
                : value.suppressed() ? value.display() : f.noDataText();
        Boolean met = PortalIndicatorService.met(f, h, t);
        List<String> cells = new ArrayList<>(List.of(place.period().key(), place.period().from().toString(),
                place.period().to().toString(), level.name(), id.toString(), name,
                parent == null ? "" : parent.toString(), form == null ? "" : form.name(), i.indicator().name(),
                i.title(), i.unit().name(), number(value), number(numerator), number(denominator),
                Boolean.toString(suppressed), note == null ? "" : note,
                t == null ? "" : t.value().toPlainString(), met == null ? "" : met.toString()));
        line(csv, cells);
    }

    private static String number(PortalValue v) {
        BigDecimal n = v.value();
        return n == null ? "" : n.toPlainString();
    }

    /** RFC 4180: a field is quoted when it holds a comma, a quote or a line break; lines end with CRLF. */
    static void line(StringBuilder csv, List<String> fields) {
        StringWriter line = new StringWriter();
        for (int n = 0; n < fields.size(); n++) {
            String f = fields.get(n) == null ? "" : fields.get(n);
            if (n > 0) {
                line.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                line.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                line.append(f);
            }
        }
        csv.append(line).append("\r\n");
    }
}
