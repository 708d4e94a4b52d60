package ru.nastavnik.imports;

import static ru.nastavnik.common.table.TableColumn.input;
import static ru.nastavnik.org.SchoolColumns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.org.Contingent;
import ru.nastavnik.org.ContingentInput;
import ru.nastavnik.org.ContingentService;
import ru.nastavnik.org.Inn;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.org.SchoolInput;
import ru.nastavnik.org.SchoolKind;
import ru.nastavnik.org.SchoolService;
import ru.nastavnik.org.SchoolView;

/**
 * Schools of the caller's region or municipality with their yearly contingent, found by ИНН. A school is created
 * or changed through {@link SchoolService} and its contingent through {@link ContingentService}, so every rule of
 * the API applies; a row naming a school or municipality outside the caller's scope is rejected.
 */
@ApplicationScoped
@RowScoped
public class SchoolImport extends RowByRowImport {

    static final List<TableColumn<Void>> COLUMNS = List.of(
            input("inn", INN, true, "ИНН организации"),
            input("shortName", SHORT_NAME, false, "Краткое название", "Сокращённое наименование"),
            input("fullName", FULL_NAME, false, "Полное название", "Наименование", "Наименование организации"),
            input("kind", KIND, false, "Тип", "Вид организации"),
            input("municipality", MUNICIPALITY, false, "Муниципальное образование", "Муниципальный район", "МО"),
            input("oktmo", OKTMO, false, "ОКТМО"),
            input("address", ADDRESS, false, "Юридический адрес", "Адрес организации"),
            input("website", WEBSITE, false, "Адрес сайта", "Сайт организации"),
            input("year", YEAR, false, "Год"),
            input("pupils", PUPILS, false, "Число обучающихся", "Количество обучающихся"),
            input("teachers", TEACHERS, false, "Число педагогов", "Количество педагогов"),
            input("youngTeachers", YOUNG_TEACHERS, false, "Молодых педагогов до 35 лет"),
            input("additionalPupils", ADDITIONAL_PUPILS, false, "Обучающихся дополнительного образования"));

    private static final Map<String, String> FIELD_COLUMNS = Map.of("municipalityId", "municipality", "fullName",
            "fullName", "shortName", "shortName", "kind", "kind", "inn", "inn", "address", "address", "website",
            "website");

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[/\\-–—]\\s*(\\d{2}|\\d{4}))?(?:\\s*(?:уч\\.?|учебный)?\\s*(?:г\\.?|год))?");

    @Inject
    OrgScope scope;

    @Inject
    SchoolService schools;

    @Inject
    ContingentService contingents;

    @Inject
    Validator validator;

    @Inject
    Caller caller;

    @Override
    public ImportKind kind() {
        return ImportKind.SCHOOLS;
    }

    @Override
    public List<TableColumn<Void>> columns(ImportOptions options) {
        return COLUMNS;
    }

    @Override
    String ref(List<String> row, ImportContext ctx) {
        return ctx.header.get(row, "inn");
    }

    @Override
    String column(String field, ImportContext ctx) {
        String key = field.startsWith("contingent.") ? field.substring("contingent.".length())
                : FIELD_COLUMNS.getOrDefault(field, field);
        return header(ctx.header, key);
    }

    @Override
    Applied apply(List<String> row, ImportContext ctx) {
        HeaderMap h = ctx.header;
        String inn = h.get(row, "inn");
        if (!Inn.Validator.valid(inn)) {
            throw new RowByRowImport.Rejected(header(h, "inn"), "ИНН организации — 10 цифр с верной контрольной цифрой");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SchoolKind kind = null;
        try {
            kind = KINDS.parse(h.get(row, "kind"));
        } catch (IllegalArgumentException e) {
            errors.put("kind", e.getMessage());
        }
        UUID municipality = municipality(row, h, errors);
        Integer year = year(h.get(row, "year"), errors);
        OrgScope.Filter f = scope.schools().and("inn = :inn", "inn", inn);
        School existing = School.<School>find(f.where(), f.params()).firstResult();
        if (existing == null && (Boolean) em.createNativeQuery("SELECT school_inn_taken(?1)").setParameter(1, inn)
                .getSingleResult()) {
            throw new RowByRowImport.Rejected(header(h, "inn"), "Организация с этим ИНН зарегистрирована вне вашей "
                    + "области доступа: изменить её из этого файла нельзя");
        }
        SchoolInput input = existing == null
                ? new SchoolInput(municipality != null ? municipality : ownMunicipality(), text(row, h, "fullName"),
                        text(row, h, "shortName"), kind, inn, text(row, h, "address"), text(row, h, "website"), null)
                : new SchoolInput(municipality != null ? municipality : existing.municipality.id,
                        or(text(row, h, "fullName"), existing.fullName), or(text(row, h, "shortName"), existing.shortName),
                        kind != null ? kind : existing.kind, inn, or(text(row, h, "address"), existing.address),
                        or(text(row, h, "website"), existing.website), existing.version);
        check(input, errors);
        ContingentInput contingent = year == null ? null : contingent(row, h, errors);
        if (!errors.isEmpty()) {
            List<FieldError> list = new ArrayList<>();
            errors.forEach((key, message) -> list.add(new FieldError(header(h, key), message)));
            throw new RowByRowImport.Rejected(list);
        }
        List<String> done = new ArrayList<>();
        RowAction action = RowAction.UNCHANGED;
        UUID schoolId;
        if (existing == null) {
            schoolId = schools.create(input).id();
            action = RowAction.CREATED;
        } else {
            schoolId = existing.id;
            if (differs(existing, input)) {
                SchoolView updated = schools.update(existing.id, input);
                schoolId = updated.id();
                action = RowAction.UPDATED;
                done.add("данные организации изменены");
            }
        }
        if (contingent != null) {
            Contingent current = Contingent.<Contingent>find("school.id = ?1 and startYear = ?2", schoolId, year)
                    .firstResult();
            if (current == null || current.pupils != contingent.pupils() || current.teachers != contingent.teachers()
                    || current.youngTeachers != contingent.youngTeachers()
                    || current.additionalPupils != contingent.additionalPupils()) {
                contingents.put(schoolId, year, new ContingentInput(contingent.pupils(), contingent.teachers(),
                        contingent.youngTeachers(), contingent.additionalPupils(),
                        current == null ? null : current.version));
                if (action == RowAction.UNCHANGED) {
                    action = RowAction.UPDATED;
                }
                done.add("контингент " + year + "/" + (year + 1) + " записан");
            }
        }
        return new Applied(action, done.isEmpty() ? null : capitalise(String.join("; ", done)));
    }

    private UUID municipality(List<String> row, HeaderMap h, Map<String, String> errors) {
        String oktmo = h.get(row, "oktmo");
        String name = h.get(row, "municipality");
        if (oktmo.isEmpty() && name.isEmpty()) {
            return null;
        }
        String wanted = HeaderMap.normalise(name);
        OrgScope.Filter f = scope.municipalities();
        for (Municipality m : Municipality.<Municipality>list(f.where(), f.params())) {
            if (!oktmo.isEmpty() ? m.oktmo.equals(oktmo) : HeaderMap.normalise(m.name).equals(wanted)) {
                return m.id;
            }
        }
        errors.put(oktmo.isEmpty() ? "municipality" : "oktmo", "Муниципалитет «" + (oktmo.isEmpty() ? name : oktmo)
                + "» не найден в вашей области доступа");
        return null;
    }

    /** A municipal coordinator's own municipality is the default; a regional one must name it. */
    private UUID ownMunicipality() {
        return caller.is(Role.municipal) ? caller.municipalityId() : null;
    }

    private static Integer year(String cell, Map<String, String> errors) {
        if (cell.isEmpty()) {
            return null;
        }
        Matcher m = YEARS.matcher(cell.toLowerCase());
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            String end = m.group(2);
            if (end == null || Integer.parseInt(end) == (end.length() == 2 ? (start + 1) % 100 : start + 1)) {
                if (start >= ContingentService.FIRST_YEAR && start <= ContingentService.LAST_YEAR) {
                    return start;
                }
            }
        }
        errors.put("year", "Учебный год: 2025/2026 или год его начала, 2025");
        return null;
    }

    private ContingentInput contingent(List<String> row, HeaderMap h, Map<String, String> errors) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String key : List.of("pupils", "teachers", "youngTeachers", "additionalPupils")) {
            try {
                values.put(key, ParticipantImport.integer(h.get(row, key)));
            } catch (IllegalArgumentException e) {
                errors.put(key, e.getMessage());
            }
        }
        ContingentInput input = new ContingentInput(values.get("pupils"), values.get("teachers"),
                values.get("youngTeachers"), values.get("additionalPupils"), null);
        for (ConstraintViolation<ContingentInput> v : validator.validate(input)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (input.youngTeachers() != null && input.teachers() != null && input.youngTeachers() > input.teachers()) {
            errors.putIfAbsent("youngTeachers", "Молодых педагогов не может быть больше, чем всех педагогов");
        }
        return input;
    }

    private void check(SchoolInput input, Map<String, String> errors) {
        if (input.municipalityId() == null) {
            errors.putIfAbsent("municipality", "Укажите муниципалитет новой организации (название или ОКТМО)");
        }
        for (ConstraintViolation<SchoolInput> v : validator.validate(input)) {
            errors.putIfAbsent(FIELD_COLUMNS.getOrDefault(v.getPropertyPath().toString(), "inn"), v.getMessage());
        }
    }

    private static boolean differs(School s, SchoolInput input) {
        return !(s.municipality.id.equals(input.municipalityId()) && s.fullName.equals(input.fullName().trim())
                && s.shortName.equals(input.shortName().trim()) && s.kind == input.kind()
                && s.address.equals(input.address().trim()) && Objects.equals(s.website,
                        input.website() == null || input.website().isBlank() ? null : input.website().trim()));
    }

    private static String text(List<String> row, HeaderMap h, String key) {
        String value = h.get(row, key);
        return value.isEmpty() ? null : value;
    }

    private static String or(String value, String current) {
        return value != null ? value : current;
    }

    private static String header(HeaderMap h, String key) {
        if (h.has(key)) {
            return h.header(key);
        }
        return COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().map(TableColumn::header).orElse(key);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
