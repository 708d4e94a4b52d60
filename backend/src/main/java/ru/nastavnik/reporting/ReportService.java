package ru.nastavnik.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.monitoring.FiguresService;
import ru.nastavnik.monitoring.FiguresView;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;

/**
 * The report chain school → municipality → region. A school's curator writes and submits the school's report, its
 * municipality's coordinator accepts or returns it; the coordinator writes and submits the municipality's report,
 * the region's coordinator accepts or returns that. Submitting freezes the figures into the version; a return opens
 * the next version, so that every version once submitted stays as it was.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class ReportService {

    static final String EDIT = "EDIT";
    static final String SUBMIT = "SUBMIT";
    static final String ACCEPT = "ACCEPT";
    static final String RETURN = "RETURN";

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CampaignService campaigns;

    @Inject
    FiguresService figures;

    @Inject
    ObjectMapper json;

    /** Whose report: a school or a municipality, in the caller's scope. */
    public record Owner(ReportLevel level, UUID regionId, UUID municipalityId, UUID schoolId, String name) {

        UUID id() {
            return level == ReportLevel.SCHOOL ? schoolId : municipalityId;
        }
    }

    public Owner school(UUID schoolId) {
        School s = scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        return new Owner(ReportLevel.SCHOOL, s.municipality.region.id, s.municipality.id, s.id, s.shortName);
    }

    public Owner municipality(UUID municipalityId) {
        Municipality m = scope.municipality(municipalityId)
                .orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
        return new Owner(ReportLevel.MUNICIPALITY, m.region.id, m.id, null, m.name);
    }

    /** The report; its own author's first read opens the draft, anyone else sees only one that exists. */
    public ReportView get(Owner o, UUID campaignId) {
        ReportCampaign c = campaigns.find(o.regionId(), campaignId);
        MonitoringReport r = find(o, c).orElse(null);
        if (r == null) {
            if (!authors(o)) {
                throw ApiException.notFound("Отчёт ещё не начат");
            }
            r = open(o, c);
        }
        return view(o, c, r);
    }

    /**
     * A submitted version as it was sent, to compare with a later one: whoever may read the report may read it. A
     * draft has no frozen figures yet, so only submitted versions are found.
     */
    public SubmittedVersionView submittedVersion(Owner o, UUID campaignId, int number) {
        ReportCampaign c = campaigns.find(o.regionId(), campaignId);
        MonitoringReport r = find(o, c).orElseThrow(() -> ApiException.notFound("Отчёт ещё не начат"));
        ReportVersion v = ReportVersion.<ReportVersion>find("reportId = ?1 and number = ?2 and submittedAt is not null",
                r.id, number).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Отправленной версии с таким номером нет"));
        return new SubmittedVersionView(v.number, v.submittedAt, v.submittedBy, v.note(), frozenFigures(v),
                o.level() == ReportLevel.MUNICIPALITY ? frozenSchools(v) : null);
    }

    /** Opens the draft explicitly; a report already begun is a conflict. */
    public ReportView create(Owner o, UUID campaignId) {
        ReportCampaign c = campaigns.find(o.regionId(), campaignId);
        requireAuthor(o);
        if (find(o, c).isPresent()) {
            throw ApiException.conflict("conflict", "Отчёт уже создан", "Отчёт этой кампании уже начат: откройте его.");
        }
        return view(o, c, open(o, c));
    }

    public ReportView saveNote(Owner o, UUID campaignId, NoteInput input) {
        ReportCampaign c = campaigns.find(o.regionId(), campaignId);
        requireAuthor(o);
        MonitoringReport r = find(o, c).orElseGet(() -> open(o, c));
        requireEditable(r);
        Versioned.check(input.version(), r.version);
        ReportVersion v = current(r);
        v.done = text(input.done());
        v.results = text(input.results());
        v.problems = text(input.problems());
        v.plans = text(input.plans());
        v.strengths = text(input.strengths());
        v.weaknesses = text(input.weaknesses());
        r.updatedAt = Instant.now(clock);
        em.flush();
        return view(o, c, r);
    }

    public ReportView submit(Owner o, UUID campaignId, TransitionInput input) {
        ReportCampaign c = campaigns.find(o.regionId(), campaignId);
        requireAuthor(o);
        MonitoringReport r = find(o, c).orElseThrow(() -> ApiException.notFound("Отчёт ещё не начат"));
        requireEditable(r);
        Versioned.check(input.version(), r.version);
        Instant now = Instant.now(clock);
        ReportVersion v = current(r);
        v.figures = write(liveFigures(o, c));
        if (o.level() == ReportLevel.MUNICIPALITY) {
            v.schools = write(schoolRows(c, o.municipalityId()));
        }
        v.submittedAt = now;
        v.submittedBy = caller.fullName();
        ReportStatus from = r.status;
        r.status = ReportStatus.SUBMITTED;
        r.submittedAt = now;
        if (r.firstSubmittedAt == null) {
            r.firstSubmittedAt = now;
        }
        r.updatedAt = now;
        record(r, ReportStatus.SUBMITTED, from, now, input.comment());
        em.flush();
        return view(o, c, r);
    }

    /** The municipality's decision on a submitted report of one of its schools. */
    public ReportView decideSchool(UUID municipalityId, UUID campaignId, UUID reportId, boolean accept,
            TransitionInput input) {
        Owner m = municipality(municipalityId);
        ReportCampaign c = campaigns.find(m.regionId(), campaignId);
        return decide(c, MonitoringReport.<MonitoringReport>findByIdOptional(reportId)
                .filter(x -> x.campaignId.equals(c.id) && x.level == ReportLevel.SCHOOL
                        && x.municipalityId.equals(m.municipalityId())), accept, input);
    }

    /** The region's decision on a submitted report of one of its municipalities. */
    public ReportView decideMunicipality(UUID regionId, UUID campaignId, UUID reportId, boolean accept,
            TransitionInput input) {
        if (scope.region(regionId).isEmpty()) {
            throw ApiException.notFound("Регион не найден");
        }
        ReportCampaign c = campaigns.find(regionId, campaignId);
        return decide(c, MonitoringReport.<MonitoringReport>findByIdOptional(reportId)
                .filter(x -> x.campaignId.equals(c.id) && x.level == ReportLevel.MUNICIPALITY), accept, input);
    }

    private ReportView decide(ReportCampaign c, java.util.Optional<MonitoringReport> found, boolean accept,
            TransitionInput input) {
        MonitoringReport r = found.orElseThrow(() -> ApiException.notFound("Отчёт не найден"));
        Owner owner = r.level == ReportLevel.SCHOOL ? school(r.schoolId) : municipality(r.municipalityId);
        if (!decides(owner)) {
            throw ApiException.forbidden("Принимает и возвращает отчёт тот, кому он отправлен.");
        }
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (!accept && comment == null) {
            throw ApiException.invalid("comment", "Напишите, что нужно исправить в отчёте");
        }
        if (r.status != ReportStatus.SUBMITTED) {
            throw ApiException.conflict("wrong-state", "Отчёт не на рассмотрении",
                    "Принять или вернуть можно только отправленный отчёт; сейчас он " + r.status.label + ".");
        }
        Versioned.check(input.version(), r.version);
        Instant now = Instant.now(clock);
        if (accept) {
            r.status = ReportStatus.ACCEPTED;
            r.acceptedAt = now;
        } else {
            r.status = ReportStatus.RETURNED;
            ReportVersion submitted = current(r);
            r.currentNumber++;
            ReportVersion next = version(r);
            next.done = submitted.done;
            next.results = submitted.results;
            next.problems = submitted.problems;
            next.plans = submitted.plans;
            next.strengths = submitted.strengths;
            next.weaknesses = submitted.weaknesses;
            next.persist();
        }
        r.updatedAt = now;
        record(r, r.status, ReportStatus.SUBMITTED, now, comment);
        em.flush();
        return view(owner, c, r);
    }

    /** The municipality's schools with their reports in the campaign, as the coordinator follows them. */
    public List<SchoolReportRow> schools(Owner municipality, UUID campaignId) {
        return schoolRows(campaigns.find(municipality.regionId(), campaignId), municipality.municipalityId());
    }

    public CampaignSummary summary(UUID regionId, UUID campaignId) {
        if (scope.region(regionId).isEmpty()) {
            throw ApiException.notFound("Регион не найден");
        }
        ReportCampaign c = campaigns.find(regionId, campaignId);
        Map<UUID, List<SchoolReportRow>> bySchoolMunicipality = new HashMap<>();
        Map<UUID, MonitoringReport> schoolReports = new HashMap<>();
        Map<UUID, MonitoringReport> municipalReports = new HashMap<>();
        MonitoringReport.<MonitoringReport>list("campaignId", c.id).forEach(r -> (r.level == ReportLevel.SCHOOL
                ? schoolReports : municipalReports).put(r.level == ReportLevel.SCHOOL ? r.schoolId : r.municipalityId, r));
        School.<School>list("municipality.region.id = ?1 and archived = false", Sort.by("shortName"), regionId)
                .forEach(s -> bySchoolMunicipality.computeIfAbsent(s.municipality.id, k -> new ArrayList<>())
                        .add(row(c, s, schoolReports.get(s.id))));
        List<MunicipalityReportRow> rows = new ArrayList<>();
        for (Municipality m : Municipality.<Municipality>list("region.id", Sort.by("name"), regionId)) {
            MonitoringReport r = municipalReports.get(m.id);
            rows.add(new MunicipalityReportRow(m.id, m.name, r == null ? null : r.id, r == null ? null : r.status,
                    late(c, r), r == null ? null : r.currentNumber, r == null ? null : r.submittedAt,
                    MunicipalityReportRow.SchoolCounts.of(bySchoolMunicipality.getOrDefault(m.id, List.of()))));
        }
        return new CampaignSummary(CampaignView.of(c), rows);
    }

    private List<SchoolReportRow> schoolRows(ReportCampaign c, UUID municipalityId) {
        Map<UUID, MonitoringReport> reports = new HashMap<>();
        MonitoringReport.<MonitoringReport>list("campaignId = ?1 and level = ?2 and municipalityId = ?3", c.id,
                ReportLevel.SCHOOL, municipalityId).forEach(r -> reports.put(r.schoolId, r));
        return School.<School>list("municipality.id = ?1 and archived = false", Sort.by("shortName"), municipalityId)
                .stream().map(s -> row(c, s, reports.get(s.id))).toList();
    }

    private SchoolReportRow row(ReportCampaign c, School s, MonitoringReport r) {
        boolean missing = r == null || r.status.pending();
        return new SchoolReportRow(s.id, s.shortName, r == null ? null : r.id, r == null ? null : r.status, missing,
                late(c, r), r == null ? null : r.currentNumber, r == null ? null : r.submittedAt,
                r == null ? null : r.acceptedAt);
    }

    private boolean late(ReportCampaign c, MonitoringReport r) {
        return (r == null || r.status.pending()) && campaigns.today().isAfter(c.dueOn);
    }

    private ReportView view(Owner o, ReportCampaign c, MonitoringReport r) {
        ReportVersion v = current(r);
        boolean frozen = v.submittedAt != null;
        FiguresView shown = frozen ? frozenFigures(v) : liveFigures(o, c);
        List<SchoolReportRow> schools = o.level() != ReportLevel.MUNICIPALITY ? null
                : frozen ? frozenSchools(v) : schoolRows(c, o.municipalityId());
        List<ReportView.VersionView> versions = ReportVersion.<ReportVersion>list(
                "reportId = ?1 and submittedAt is not null", Sort.by("number"), r.id).stream()
                .map(x -> new ReportView.VersionView(x.number, x.submittedAt, x.submittedBy, x.note())).toList();
        List<ReportEventView> history = ReportEvent.<ReportEvent>list("reportId", Sort.by("at").and("id"), r.id)
                .stream().map(ReportEventView::of).toList();
        List<String> actions = new ArrayList<>();
        if (authors(o) && r.status.pending()) {
            actions.add(EDIT);
            actions.add(SUBMIT);
        }
        if (decides(o) && r.status == ReportStatus.SUBMITTED) {
            actions.add(ACCEPT);
            actions.add(RETURN);
        }
        return new ReportView(r.id, CampaignView.of(c), r.level, r.municipalityId, r.schoolId, o.name(), r.status,
                r.currentNumber, late(c, r), r.submittedAt, r.acceptedAt, v.note(), frozen, shown, schools, versions,
                history, actions, r.version);
    }

    private FiguresView frozenFigures(ReportVersion v) {
        return read(v.figures, new TypeReference<FiguresView>() {
        });
    }

    private List<SchoolReportRow> frozenSchools(ReportVersion v) {
        return read(v.schools, new TypeReference<List<SchoolReportRow>>() {
        });
    }

    /** The place's figures for the campaign's period today, restricted to the campaign's indicators in its order. */
    private FiguresView liveFigures(Owner o, ReportCampaign c) {
        FiguresView all = o.level() == ReportLevel.SCHOOL
                ? figures.school(o.schoolId(), c.yearKey(), c.halfKey(), null)
                : figures.municipality(o.municipalityId(), c.yearKey(), c.halfKey(), null);
        Map<Indicator, FiguresView.IndicatorFigures> byIndicator = new HashMap<>();
        all.indicators().forEach(i -> byIndicator.put(i.indicator(), i));
        List<FiguresView.IndicatorFigures> chosen = c.indicators.stream().map(Indicator::valueOf)
                .map(byIndicator::get).toList();
        return new FiguresView(all.level(), all.id(), all.name(), all.period(), chosen, all.funnel(),
                all.unitFunnel());
    }

    private java.util.Optional<MonitoringReport> find(Owner o, ReportCampaign c) {
        return o.level() == ReportLevel.SCHOOL
                ? MonitoringReport.<MonitoringReport>find("campaignId = ?1 and schoolId = ?2", c.id, o.schoolId())
                        .firstResultOptional()
                : MonitoringReport.<MonitoringReport>find("campaignId = ?1 and level = ?2 and municipalityId = ?3",
                        c.id, ReportLevel.MUNICIPALITY, o.municipalityId()).firstResultOptional();
    }

    private MonitoringReport open(Owner o, ReportCampaign c) {
        Instant now = Instant.now(clock);
        MonitoringReport r = new MonitoringReport();
        r.id = UUID.randomUUID();
        r.campaignId = c.id;
        r.level = o.level();
        r.regionId = o.regionId();
        r.municipalityId = o.municipalityId();
        r.schoolId = o.schoolId();
        r.status = ReportStatus.DRAFT;
        r.currentNumber = 1;
        r.createdAt = now;
        r.updatedAt = now;
        r.persist();
        version(r).persist();
        Constraints.flush(em, "monitoring_report_once", () -> ApiException.conflict("conflict",
                "Отчёт уже создан", "Отчёт этой кампании только что начал другой пользователь. Обновите страницу."));
        return r;
    }

    private static ReportVersion version(MonitoringReport r) {
        ReportVersion v = new ReportVersion();
        v.id = UUID.randomUUID();
        v.reportId = r.id;
        v.number = r.currentNumber;
        v.regionId = r.regionId;
        v.municipalityId = r.municipalityId;
        v.schoolId = r.schoolId;
        return v;
    }

    private static ReportVersion current(MonitoringReport r) {
        return ReportVersion.<ReportVersion>find("reportId = ?1 and number = ?2", r.id, r.currentNumber).singleResult();
    }

    private void record(MonitoringReport r, ReportStatus action, ReportStatus from, Instant at, String comment) {
        ReportEvent e = new ReportEvent();
        e.id = UUID.randomUUID();
        e.reportId = r.id;
        e.regionId = r.regionId;
        e.municipalityId = r.municipalityId;
        e.schoolId = r.schoolId;
        e.number = number(r, action);
        e.action = action;
        e.fromStatus = from;
        e.toStatus = r.status;
        e.at = at;
        e.actorRole = caller.role().name();
        e.actorLogin = caller.username();
        e.actorName = caller.fullName();
        e.comment = comment == null || comment.isBlank() ? null : comment.strip();
        e.persist();
    }

    /** A return is about the version submitted, the one before the draft it opened. */
    private static int number(MonitoringReport r, ReportStatus action) {
        return action == ReportStatus.RETURNED ? r.currentNumber - 1 : r.currentNumber;
    }

    /** Whether the caller writes this report: the school's own user, or the municipality's own coordinator. */
    private boolean authors(Owner o) {
        return o.level() == ReportLevel.SCHOOL ? caller.is(Role.school) && o.schoolId().equals(caller.schoolId())
                : caller.is(Role.municipal) && o.municipalityId().equals(caller.municipalityId());
    }

    /** Whether the caller accepts or returns this report: one level up, in its own scope. */
    private boolean decides(Owner o) {
        return o.level() == ReportLevel.SCHOOL
                ? caller.is(Role.municipal) && o.municipalityId().equals(caller.municipalityId())
                : caller.is(Role.regional) && o.regionId().equals(caller.regionId());
    }

    private void requireAuthor(Owner o) {
        if (!authors(o)) {
            throw ApiException.forbidden(o.level() == ReportLevel.SCHOOL
                    ? "Отчёт организации пишет и отправляет только сама организация."
                    : "Отчёт муниципалитета пишет и отправляет только его координатор.");
        }
    }

    private static void requireEditable(MonitoringReport r) {
        if (!r.status.pending()) {
            throw ApiException.conflict("wrong-state", "Отчёт уже отправлен",
                    "Отчёт " + r.status.label + ": изменить его можно, только если его вернут на доработку.");
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
