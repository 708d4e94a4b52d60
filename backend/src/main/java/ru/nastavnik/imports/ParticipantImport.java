package ru.nastavnik.imports;

import static ru.nastavnik.common.table.TableColumn.input;
import static ru.nastavnik.participant.ParticipantColumns.*;

import java.lang.annotation.ElementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.jboss.logging.Logger;

import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.table.HeaderMap;
import ru.nastavnik.common.table.TableColumn;
import ru.nastavnik.common.table.TableDates;
import ru.nastavnik.common.table.TableException;
import ru.nastavnik.common.table.Vocabulary;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.Competency;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.ConsentInput;
import ru.nastavnik.participant.MenteeProfile;
import ru.nastavnik.participant.MentorProfile;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantInput;
import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.participant.ParticipantRules;
import ru.nastavnik.participant.TrainingStatus;

/**
 * Participants of the caller's school. Each row is checked in Java by the same rules as the API (bean validation
 * of {@link ParticipantInput} and {@link ParticipantRules}) while the file streams, and streamed with COPY into a
 * temporary table; set-based SQL then finds each row's participant, decides created / updated / unchanged /
 * rejected, applies the valid rows and writes the report. No step holds more than a row in memory.
 */
@ApplicationScoped
@RowScoped
public class ParticipantImport implements Importer {

    static final String SCHOOL_INN = "ИНН организации";
    static final String LAST_NAME = "Фамилия";
    static final String FIRST_NAME = "Имя";
    static final String MIDDLE_NAME = "Отчество";
    static final String ROLE = "Роль в программе";

    static final List<TableColumn<Void>> COLUMNS = List.of(
            input("externalId", EXTERNAL_ID, false, "Код", "Код участника", "ID", "Идентификатор",
                    "Внешний идентификатор"),
            TableColumn.<Void>input("fullName", FULL_NAME, true, "Фамилия Имя Отчество", "Ф.И.О.", "Участник")
                    .orInstead("lastName", "firstName"),
            // School registers export the name in three columns.
            alternative("lastName", LAST_NAME, "Фамилия участника", "Фамилия обучающегося"),
            alternative("firstName", FIRST_NAME, "Имя участника", "Имя обучающегося"),
            alternative("middleName", MIDDLE_NAME, "Отчество (при наличии)", "Отчество участника",
                    "Отчество обучающегося"),
            input("kind", KIND, true, "Кто участник", "Вид участника", "Тип участника"),
            input("mentor", MENTOR, false, "Кандидат в наставники"),
            input("mentee", MENTEE, false, "Кандидат в наставляемые"),
            alternative("role", ROLE, "Роль", "Роль участника", "Роль в наставничестве"),
            input("birthDate", BIRTH_DATE, false, "Дата рождения участника"),
            input("gradeOrPosition", GRADE_OR_POSITION, false, "Класс", "Группа", "Должность", "Класс или должность"),
            input("subject", SUBJECT, false, "Предметы"),
            input("experienceYears", EXPERIENCE, false, "Стаж", "Педагогический стаж"),
            input("email", EMAIL, false, "E-mail", "Email", "Эл. почта", "Почта"),
            input("phone", PHONE, false, "Мобильный телефон"),
            input("competencies", COMPETENCIES, false, "Компетенции"),
            input("capacity", CAPACITY, false, "Число наставляемых", "Сколько наставляемых"),
            input("availability", AVAILABILITY, false, "Время для встреч"),
            input("formsAccepted", FORMS_ACCEPTED, false),
            input("trainingStatus", TRAINING, false, "Обучение наставника"),
            input("certificate", CERTIFICATE, false, "Сертификат наставника"),
            input("requests", REQUESTS, false, "Запросы наставляемого", "Запрос"),
            input("difficulties", DIFFICULTIES, false, "Дефициты"),
            input("desiredForms", DESIRED_FORMS, false),
            input("consentGivenBy", CONSENT_GIVEN_BY, false, "Согласие дал", "Кем дано согласие"),
            input("consentGiverName", CONSENT_GIVER, false),
            input("consentDate", CONSENT_DATE, false, "Дата согласия на обработку"),
            input("consentScope", CONSENT_SCOPE, false, "Цели обработки", "Объём обработки"),
            input("consentDocument", CONSENT_DOCUMENT, false, "Реквизиты документа", "Документ согласия"),
            input("schoolInn", SCHOOL_INN, false));

    private static TableColumn<Void> alternative(String key, String header, String... synonyms) {
        return TableColumn.<Void>input(key, header, false, synonyms).asAlternative();
    }

    /** Where each field of the API's input comes from in the file, for messages that point at a column. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("kind", "kind"), Map.entry("fullName", "fullName"), Map.entry("externalId", "externalId"),
            Map.entry("birthDate", "birthDate"), Map.entry("gradeOrPosition", "gradeOrPosition"),
            Map.entry("subject", "subject"), Map.entry("experienceYears", "experienceYears"),
            Map.entry("email", "email"), Map.entry("phone", "phone"),
            Map.entry("mentorProfile.competencies", "competencies"), Map.entry("mentorProfile.capacity", "capacity"),
            Map.entry("mentorProfile.availability", "availability"),
            Map.entry("menteeProfile.availability", "availability"),
            Map.entry("mentorProfile.certificate", "certificate"),
            Map.entry("menteeProfile.requests", "requests"), Map.entry("menteeProfile.difficulties", "difficulties"),
            Map.entry("consent", "consentGivenBy"), Map.entry("consent.givenBy", "consentGivenBy"),
            Map.entry("consent.giverName", "consentGiverName"), Map.entry("consent.givenOn", "consentDate"),
            Map.entry("consent.scope", "consentScope"), Map.entry("consent.documentRef", "consentDocument"),
            Map.entry("consent.birthDate", "birthDate"));

    /** File columns that may be updated on an existing participant, with their database columns. */
    private static final Map<String, String> UPDATABLE = new LinkedHashMap<>();

    static {
        UPDATABLE.put("fullName", "full_name");
        UPDATABLE.put("kind", "kind");
        UPDATABLE.put("mentor", "mentor_candidate");
        UPDATABLE.put("mentee", "mentee_candidate");
        UPDATABLE.put("externalId", "external_id");
        UPDATABLE.put("birthDate", "birth_date");
        UPDATABLE.put("gradeOrPosition", "grade_or_position");
        UPDATABLE.put("subject", "subject");
        UPDATABLE.put("experienceYears", "experience_years");
        UPDATABLE.put("email", "email");
        UPDATABLE.put("phone", "phone");
        UPDATABLE.put("competencies", "competencies");
        UPDATABLE.put("capacity", "capacity");
        UPDATABLE.put("availability", "availability");
        UPDATABLE.put("formsAccepted", "forms_accepted");
        UPDATABLE.put("trainingStatus", "training_status");
        UPDATABLE.put("certificate", "certificate");
        UPDATABLE.put("requests", "requests");
        UPDATABLE.put("difficulties", "difficulties");
        UPDATABLE.put("desiredForms", "desired_forms");
    }

    private static final String STAGE_COLUMNS = "row_no, seq, err_column, err_message, ref, new_id, ext_id, full_name, "
            + "kind, mentor_candidate, mentee_candidate, birth_date, grade_or_position, subject, experience_years, "
            + "email, phone, competencies, capacity, availability, forms_accepted, training_status, certificate, "
            + "requests, difficulties, desired_forms, has_consent, needs_consent, c_given_by, c_giver_name, "
            + "c_given_on, c_scope, c_document_ref";

    private static final Vocabulary<Boolean> YES_NO = Vocabulary.yesNo();

    /** One column for both roles, as some lists have it instead of a yes/no column per role. */
    private enum ProgramRole {
        MENTOR(true, false), MENTEE(false, true), BOTH(true, true);

        final boolean mentor;
        final boolean mentee;

        ProgramRole(boolean mentor, boolean mentee) {
            this.mentor = mentor;
            this.mentee = mentee;
        }
    }

    private static final Vocabulary<ProgramRole> ROLES = new Vocabulary<ProgramRole>()
            .add(ProgramRole.MENTOR, "наставник", "наставница")
            .add(ProgramRole.MENTEE, "наставляемый", "наставляемая", "наставляемый (-ая)")
            .add(ProgramRole.BOTH, "оба", "обе", "обе роли", "наставник и наставляемый", "наставник, наставляемый",
                    "наставляемый и наставник", "и наставник, и наставляемый");

    private static final Logger LOG = Logger.getLogger(ParticipantImport.class);

    @Inject
    OrgScope scope;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /**
     * Rows are plain records, never entities: the JPA-aware traversable resolver that the default validator asks
     * about lazy loading for every property only costs time here.
     */
    private final Validator validator;

    @Inject
    ParticipantImport(ValidatorFactory validators) {
        this.validator = validators.usingContext().traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
                return true;
            }
        }).getValidator();
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PARTICIPANTS;
    }

    @Override
    public List<TableColumn<Void>> columns(ImportOptions options) {
        return COLUMNS;
    }

    @Override
    public Outcome run(ImportContext ctx) throws SQLException {
        School school = scope.school(ctx.schoolId).orElseThrow(() -> new TableException("Организация недоступна"));
        Vocabulary<String> catalogue = new Vocabulary<>();
        Competency.<Competency>listAll().forEach(c -> catalogue.add(c.code, c.name));
        // Imports into one school wait for each other, so that two files cannot both create the same person.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "import-participants:" + school.id).getSingleResult();
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            // Set-based matching joins the whole file at once: let its hash joins stay in memory.
            execute(c, "SET LOCAL work_mem = '64MB'");
            execute(c, """
                    CREATE TEMP TABLE import_stage (
                        row_no int, seq int, err_column text, err_message text, ref text, new_id uuid, ext_id text,
                        full_name text, kind text, mentor_candidate boolean, mentee_candidate boolean, birth_date date,
                        grade_or_position text, subject text, experience_years int, email text, phone text,
                        competencies text[], capacity int, availability text, forms_accepted text[],
                        training_status text, certificate text, requests text[], difficulties text,
                        desired_forms text[], has_consent boolean, needs_consent boolean, c_given_by text,
                        c_giver_name text, c_given_on date, c_scope text, c_document_ref text,
                        target_id uuid, has_valid boolean, consent_same boolean, action text, r_column text,
                        r_message text
                    ) ON COMMIT DROP""");
            long start = System.nanoTime();
            try (PgCopy copy = new PgCopy(c, "import_stage", STAGE_COLUMNS)) {
                List<String> row;
                while ((row = ctx.next()) != null) {
                    stage(copy, ctx.rowNumber(), row, ctx.header, catalogue, school.inn);
                }
                copy.finish();
            }
            long staged = System.nanoTime();
            ctx.report();
            Outcome outcome = settle(c, ctx, school.id);
            LOG.infof("Import %s: %d rows checked and staged in %d ms, settled in %d ms", ctx.jobId, ctx.rows(),
                    (staged - start) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
            return outcome;
        }
    }

    /** Checks one row and writes it to the stage: its values when valid, one line per problem otherwise. */
    private void stage(PgCopy copy, int rowNo, List<String> row, HeaderMap h, Vocabulary<String> catalogue,
            String schoolInn) {
        Map<String, String> errors = new LinkedHashMap<>();
        ParticipantKind kind = parse(errors, "kind", () -> KINDS.parse(h.get(row, "kind")));
        String fullName = fullName(errors, h, row);
        Boolean mentor = parse(errors, "mentor", () -> YES_NO.parse(h.get(row, "mentor")));
        Boolean mentee = parse(errors, "mentee", () -> YES_NO.parse(h.get(row, "mentee")));
        ProgramRole role = parse(errors, "role", () -> ROLES.parse(h.get(row, "role")));
        if (role != null) {
            contradiction(errors, h, row, "mentor", mentor, role.mentor);
            contradiction(errors, h, row, "mentee", mentee, role.mentee);
            mentor = role.mentor;
            mentee = role.mentee;
        }
        LocalDate birthDate = parse(errors, "birthDate", () -> TableDates.parse(h.get(row, "birthDate")));
        Integer experience = parse(errors, "experienceYears", () -> integer(h.get(row, "experienceYears")));
        List<String> competencies = parse(errors, "competencies", () -> catalogue.parseList(h.get(row, "competencies")));
        Integer capacity = parse(errors, "capacity", () -> integer(h.get(row, "capacity")));
        List<MentoringForm> formsAccepted = parse(errors, "formsAccepted",
                () -> FORMS.parseList(h.get(row, "formsAccepted")));
        TrainingStatus training = parse(errors, "trainingStatus",
                () -> TRAINING_STATUSES.parse(h.get(row, "trainingStatus")));
        List<String> requests = parse(errors, "requests", () -> catalogue.parseList(h.get(row, "requests")));
        List<MentoringForm> desiredForms = parse(errors, "desiredForms",
                () -> FORMS.parseList(h.get(row, "desiredForms")));
        ConsentGiver givenBy = parse(errors, "consentGivenBy",
                () -> GIVERS.parse(h.get(row, "consentGivenBy")));
        LocalDate givenOn = parse(errors, "consentDate", () -> TableDates.parse(h.get(row, "consentDate")));
        String inn = h.get(row, "schoolInn");
        if (!inn.isEmpty() && !inn.equals(schoolInn)) {
            errors.put("schoolInn", "Строка относится к другой организации: загружать участников можно только "
                    + "в свою организацию (ИНН " + schoolInn + ")");
        }

        boolean mentorData = any(h, row, "competencies", "capacity", "availability", "formsAccepted", "trainingStatus",
                "certificate");
        boolean menteeData = any(h, row, "requests", "difficulties", "desiredForms", "availability");
        boolean consentData = any(h, row, "consentGivenBy", "consentGiverName", "consentDate", "consentScope",
                "consentDocument");
        ConsentInput consent = consentData ? new ConsentInput(givenBy, blank(h.get(row, "consentGiverName")), givenOn,
                blank(h.get(row, "consentScope")), blank(h.get(row, "consentDocument")), null) : null;
        ParticipantInput input = new ParticipantInput(kind, fullName, Boolean.TRUE.equals(mentor),
                Boolean.TRUE.equals(mentee), blank(h.get(row, "externalId")), birthDate,
                blank(h.get(row, "gradeOrPosition")), blank(h.get(row, "subject")), experience,
                blank(h.get(row, "email")), blank(h.get(row, "phone")),
                mentorData ? new MentorProfile(competencies, capacity, blank(h.get(row, "availability")), formsAccepted,
                        training, blank(h.get(row, "certificate"))) : null,
                menteeData ? new MenteeProfile(requests, blank(h.get(row, "difficulties")), desiredForms,
                        blank(h.get(row, "availability"))) : null,
                consent, null);
        for (ConstraintViolation<ParticipantInput> v : validator.validate(input)) {
            String key = FIELD_COLUMNS.getOrDefault(path(v.getPropertyPath()), "fullName");
            errors.putIfAbsent(key, v.getMessage());
        }
        if (consent != null && kind != null && givenBy != null && givenOn != null) {
            for (FieldError e : ParticipantRules.giverErrors(kind, birthDate, consent, "consent.")) {
                errors.putIfAbsent(FIELD_COLUMNS.get(e.field()), e.message());
            }
        }
        String ref = input.externalId() != null ? input.externalId() : blank(input.fullName());
        if (!errors.isEmpty()) {
            int seq = 0;
            for (Map.Entry<String, String> e : errors.entrySet()) {
                copy.add(rowNo).add(++seq).add(column(h, e.getKey())).add(e.getValue()).add(ref);
                for (int i = 0; i < 28; i++) {
                    copy.add(null);
                }
                copy.endRow();
            }
            return;
        }
        Participant p = new Participant();
        ParticipantRules.applyBasics(p, input);
        ParticipantRules.applyPersonal(p, input);
        copy.add(rowNo).add(0).add(null).add(null).add(ref).add(newId()).add(p.externalId).add(p.fullName)
                .add(p.kind.name()).add(p.mentorCandidate).add(p.menteeCandidate).add(birthDate)
                .add(p.gradeOrPosition).add(p.subject).add(p.experienceYears).add(p.email).add(p.phone)
                .add(p.competencies).add(p.capacity).add(p.availability).add(p.formsAccepted)
                .add(p.trainingStatus.name()).add(p.certificate).add(p.requests).add(p.difficulties)
                .add(p.desiredForms).add(consent != null)
                .add(consent == null && ParticipantRules.hasPersonalData(input))
                .add(consent == null ? null : consent.givenBy().name())
                .add(consent == null ? null : consent.giverName().trim())
                .add(consent == null ? null : consent.givenOn())
                .add(consent == null ? null : consent.scope().trim())
                .add(consent == null ? null : consent.documentRef().trim());
        copy.endRow();
    }

    /**
     * Finds each staged row's participant, decides its action, applies the valid rows when the options allow, and
     * writes the report. Matching: by external code; failing that by full name and birth date; a row without a
     * birth date by full name and category. Each match must be unique.
     */
    private Outcome settle(Connection c, ImportContext ctx, UUID school) throws SQLException {
        HeaderMap h = ctx.header;
        String valid = "err_message IS NULL AND action IS NULL";
        execute(c, "ANALYZE import_stage");
        update(c, "UPDATE import_stage s SET action = 'REJECTED', r_column = d.col, "
                + "r_message = 'Этот же участник уже есть в строке ' || d.first FROM (SELECT row_no, "
                + "CASE WHEN ext_id IS NOT NULL THEN ? ELSE ? END AS col, min(row_no) OVER (PARTITION BY "
                + "CASE WHEN ext_id IS NOT NULL THEN 'e' || ext_id WHEN birth_date IS NOT NULL "
                + "THEN 'b' || full_name || '|' || birth_date ELSE 'n' || full_name || '|' || kind END) AS first "
                + "FROM import_stage WHERE err_message IS NULL) d "
                + "WHERE s.row_no = d.row_no AND d.first <> d.row_no AND s.err_message IS NULL",
                column(h, "externalId"), column(h, "fullName"));
        update(c, "UPDATE import_stage s SET target_id = p.id FROM participant p WHERE s." + valid.replace(" AND ", " AND s.")
                + " AND s.ext_id IS NOT NULL AND p.school_id = ? AND p.external_id = s.ext_id", school);
        match(c, school, "p.birth_date = s2.birth_date AND s2.birth_date IS NOT NULL", column(h, "fullName"),
                "В организации несколько участников с такими ФИО и датой рождения: укажите внешний код");
        match(c, school, "p.kind = s2.kind AND s2.birth_date IS NULL", column(h, "fullName"),
                "В организации несколько участников с таким ФИО и категорией: укажите внешний код или дату рождения");
        update(c, "UPDATE import_stage s SET action = 'REJECTED', r_column = ?, "
                + "r_message = 'Строка относится к тому же участнику, что и строка ' || d.first "
                + "FROM (SELECT row_no, min(row_no) OVER (PARTITION BY target_id) AS first FROM import_stage "
                + "WHERE " + valid + " AND target_id IS NOT NULL) d "
                + "WHERE s.row_no = d.row_no AND d.first <> d.row_no", column(h, "fullName"));
        update(c, "UPDATE import_stage s SET has_valid = true, consent_same = (k.given_by = s.c_given_by "
                + "AND k.given_on = s.c_given_on AND k.document_ref = s.c_document_ref) FROM consent k "
                + "WHERE k.participant_id = s.target_id AND k.withdrawn_on IS NULL AND s.err_message IS NULL "
                + "AND s.action IS NULL");
        update(c, "UPDATE import_stage SET action = 'REJECTED', r_column = ?, r_message = ? WHERE " + valid
                + " AND needs_consent AND has_valid IS NOT TRUE", column(h, "consentGivenBy"),
                ParticipantRules.NEEDS_CONSENT + ": без него загружаются только ФИО, категория и роли");
        update(c, "UPDATE import_stage SET action = 'REJECTED', r_column = ?, r_message = ? WHERE " + valid
                + " AND has_consent AND has_valid AND NOT consent_same", column(h, "consentDocument"),
                "У участника действует другое согласие: новое оформляется только после отзыва действующего");
        List<String> present = UPDATABLE.keySet().stream().filter(k -> has(h, k)).toList();
        String ours = present.stream().map(k -> "p." + UPDATABLE.get(k)).collect(Collectors.joining(", "));
        String theirs = present.stream().map(k -> "s." + stageColumn(k)).collect(Collectors.joining(", "));
        update(c, "UPDATE import_stage SET action = 'CREATED' WHERE " + valid + " AND target_id IS NULL");
        update(c, "UPDATE import_stage s SET action = CASE WHEN (s.has_consent AND s.has_valid IS NOT TRUE) "
                + "OR ROW(" + ours + ") IS DISTINCT FROM ROW(" + theirs + ") THEN 'UPDATED' ELSE 'UNCHANGED' END "
                + "FROM participant p WHERE p.id = s.target_id AND s.err_message IS NULL AND s.action IS NULL");

        Map<RowAction, Integer> counts = counts(c);
        int rejected = counts.getOrDefault(RowAction.REJECTED, 0);
        boolean apply = ctx.apply(rejected);
        if (apply) {
            ctx.report();
            update(c, "INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate, "
                    + "external_id, birth_date, grade_or_position, subject, experience_years, email, phone, "
                    + "competencies, capacity, availability, forms_accepted, training_status, certificate, requests, "
                    + "difficulties, desired_forms) SELECT new_id, ?, kind, full_name, mentor_candidate, "
                    + "mentee_candidate, ext_id, birth_date, grade_or_position, subject, experience_years, email, "
                    + "phone, competencies, capacity, availability, forms_accepted, training_status, certificate, "
                    + "requests, difficulties, desired_forms FROM import_stage WHERE action = 'CREATED'", school);
            String set = present.stream().map(k -> UPDATABLE.get(k) + " = s." + stageColumn(k))
                    .collect(Collectors.joining(", "));
            update(c, "UPDATE participant p SET " + set + ", updated_at = now(), version = p.version + 1, "
                    + "erased_at = CASE WHEN s.has_consent AND s.has_valid IS NOT TRUE THEN NULL ELSE p.erased_at END "
                    + "FROM import_stage s WHERE p.id = s.target_id AND s.action = 'UPDATED'");
            update(c, "INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on, scope, "
                    + "document_ref) SELECT gen_random_uuid(), coalesce(target_id, new_id), ?, c_given_by, "
                    + "c_giver_name, c_given_on, c_scope, c_document_ref FROM import_stage "
                    + "WHERE action IN ('CREATED', 'UPDATED') AND has_consent AND has_valid IS NOT TRUE", school);
        }
        update(c, "INSERT INTO import_row (job_id, row_no, seq, action, column_name, message, ref) "
                + "SELECT ?, row_no, seq, coalesce(action, 'REJECTED'), coalesce(err_column, r_column), "
                + "coalesce(err_message, r_message, CASE WHEN action IN ('CREATED', 'UPDATED') AND has_consent "
                + "AND has_valid IS NOT TRUE THEN 'Оформлено согласие на обработку персональных данных' END), "
                + "left(ref, 300) FROM import_stage", ctx.jobId);
        return new Outcome(counts.getOrDefault(RowAction.CREATED, 0), counts.getOrDefault(RowAction.UPDATED, 0),
                counts.getOrDefault(RowAction.UNCHANGED, 0), rejected, apply);
    }

    /** Matches still unmatched rows by full name and the given condition, where exactly one participant fits. */
    private static void match(Connection c, UUID school, String condition, String column, String ambiguous)
            throws SQLException {
        update(c, "UPDATE import_stage s SET target_id = CASE WHEN m.n = 1 THEN m.id END, "
                + "action = CASE WHEN m.n > 1 THEN 'REJECTED' END, r_column = CASE WHEN m.n > 1 THEN ? END, "
                + "r_message = CASE WHEN m.n > 1 THEN ? END FROM (SELECT s2.row_no, (array_agg(p.id))[1] AS id, "
                + "count(*) AS n FROM import_stage s2 JOIN participant p ON p.school_id = ? "
                + "AND p.full_name = s2.full_name AND (s2.ext_id IS NULL OR p.external_id IS NULL) AND " + condition
                + " WHERE s2.err_message IS NULL AND s2.action IS NULL AND s2.target_id IS NULL GROUP BY s2.row_no) m "
                + "WHERE s.row_no = m.row_no AND s.err_message IS NULL", column, ambiguous, school);
    }

    private static Map<RowAction, Integer> counts(Connection c) throws SQLException {
        Map<RowAction, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(action, 'REJECTED'), count(DISTINCT row_no) "
                + "FROM import_stage GROUP BY 1"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.merge(RowAction.valueOf(r.getString(1)), r.getInt(2), Integer::sum);
            }
        }
        return counts;
    }

    private static String stageColumn(String key) {
        return switch (key) {
            case "externalId" -> "ext_id";
            default -> UPDATABLE.get(key);
        };
    }

    /**
     * The full name as the file writes it: from «ФИО», or from «Фамилия», «Имя» and «Отчество» when «ФИО» is empty
     * or absent. When both are filled in they must say the same, or the row is refused rather than one of them
     * silently winning.
     */
    private static String fullName(Map<String, String> errors, HeaderMap h, List<String> row) {
        String whole = h.get(row, "fullName");
        List<String> keys = List.of("lastName", "firstName", "middleName");
        List<String> parts = keys.stream().map(k -> h.get(row, k)).toList();
        String joined = String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
        if (!whole.isEmpty()) {
            if (!joined.isEmpty() && !HeaderMap.normalise(joined).equals(HeaderMap.normalise(whole))) {
                // A patronymic in «ФИО» and an empty «Отчество» is no contradiction: compare what the row has.
                String[] words = whole.strip().split("\\s+", 3);
                for (int i = 0; i < keys.size(); i++) {
                    String word = i < words.length ? words[i] : "";
                    String part = parts.get(i);
                    if (!part.isEmpty() && !HeaderMap.normalise(part).equals(HeaderMap.normalise(word))) {
                        errors.putIfAbsent(keys.get(i), "«" + h.header(keys.get(i)) + "» («" + part
                                + "») не совпадает с ФИО «" + whole + "» в той же строке: исправьте одно из двух");
                    }
                }
            }
            return whole;
        }
        if (!joined.isEmpty()) {
            if (parts.get(0).isEmpty()) {
                errors.put("lastName", "Укажите фамилию");
            }
            if (parts.get(1).isEmpty()) {
                errors.put("firstName", "Укажите имя");
            }
        }
        return joined;
    }

    private static void contradiction(Map<String, String> errors, HeaderMap h, List<String> row, String key,
            Boolean stated, boolean implied) {
        if (stated != null && stated != implied) {
            errors.putIfAbsent("role", "«" + h.header("role") + "» — «" + h.get(row, "role") + "», а в столбце «"
                    + h.header(key) + "» — «" + h.get(row, key) + "»: исправьте одно из двух");
        }
    }

    /** Whether the file gives this field, in its own column or in the alternative form. */
    private static boolean has(HeaderMap h, String key) {
        return switch (key) {
            case "fullName" -> h.has(key) || h.has("lastName");
            case "mentor", "mentee" -> h.has(key) || h.has("role");
            default -> h.has(key);
        };
    }

    private static String column(HeaderMap h, String key) {
        if (key.equals("fullName") && !h.has(key) && h.has("lastName")) {
            return h.header("lastName");
        }
        if (h.has(key)) {
            return h.header(key);
        }
        return COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().map(TableColumn::header).orElse(key);
    }

    private static boolean any(HeaderMap h, List<String> row, String... keys) {
        for (String key : keys) {
            if (!h.get(row, key).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * A random (version 4) id for a new participant. The ids are not secrets, so a fast generator serves; the
     * secure one costs more than checking the rest of the row.
     */
    private static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low);
    }

    static Integer integer(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.replace(" ", "").replaceFirst("[.,]0+$", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Нужно целое число");
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Map<String, String> errors, String key, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.put(key, e.getMessage());
            return null;
        }
    }

    private static String path(Path path) {
        List<String> names = new ArrayList<>();
        path.forEach(n -> {
            if (n.getName() != null) {
                names.add(n.getName());
            }
        });
        return String.join(".", names);
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
