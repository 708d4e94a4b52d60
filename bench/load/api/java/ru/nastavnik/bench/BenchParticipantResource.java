package ru.nastavnik.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.panache.common.Page;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentStatus;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.participant.ParticipantPage;
import ru.nastavnik.participant.ParticipantService;
import ru.nastavnik.participant.ParticipantView;
import ru.nastavnik.participant.TrainingStatus;

/**
 * The participants list of a school, as GET /api/schools/{id}/participants answers it, served without the parts
 * whose cost bench/load measures. Exists only in the bench build (backend's Maven profile "bench" adds this source
 * folder and builds into target-bench); the production jar has no such class.
 */
@Path("/bench/schools/{schoolId}/participants")
@PermitAll
public class BenchParticipantResource {

    /** The statements Hibernate sends for the list (after the scope's set_config), in the same order. */
    private static final String SCHOOL = """
            select id, address, archived, created_at, full_name, inn, kind, municipality_id, short_name, updated_at,
                   version, website
            from school where id = ? fetch first 1 rows only
            """;
    private static final String LIST = """
            select p.id, p.availability, p.birth_date, p.capacity, p.certificate, p.competencies, p.created_at,
                   p.desired_forms, p.difficulties, p.email, p.erased_at, p.experience_years, p.external_id,
                   p.forms_accepted, p.full_name, p.grade_or_position, p.kind, p.mentee_candidate, p.mentor_candidate,
                   p.phone, p.preferences, p.requests, p.school_id, p.subject, p.training_status, p.updated_at,
                   p.version,
                   case when exists (select 1 from consent c where c.participant_id = p.id and c.withdrawn_on is null)
                        then 'VALID'
                        when exists (select 1 from consent c where c.participant_id = p.id) then 'WITHDRAWN'
                        else 'NONE' end as consent_status
            from participant p where p.school_id = ? order by p.full_name, p.id offset ? rows fetch first ? rows only
            """;
    private static final String COUNT = "select count(*) from participant where school_id = ?";

    @Inject
    Caller caller;

    @Inject
    ParticipantService service;

    /** Connects as the tables' owner, to which row-level security does not apply. */
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    /**
     * The production service with everything it does (Hibernate, the transaction, the scope's set_config and
     * row-level security) for a caller acting as the school's curator, but no token to verify.
     */
    @GET
    @Path("untokened")
    public ParticipantPage untokened(@PathParam("schoolId") UUID schoolId, @BeanParam PageQuery paging) {
        caller.actAs(Role.school, null, null, schoolId, "bench");
        return service.list(schoolId, null, null, null, null, null, paging);
    }

    /** The same statements over plain JDBC as the owner: no token, no Hibernate, no transaction, no row-level security. */
    @GET
    @Path("bare")
    public ParticipantPage bare(@PathParam("schoolId") UUID schoolId, @BeanParam PageQuery paging) throws SQLException {
        return plain(schoolId, paging);
    }

    /**
     * The bare list behind the real token check: the token verified (or found verified) as on the real endpoint, the
     * caller's role and scope read from it and checked, then plain JDBC. Its cost over "bare" is the token check
     * alone; the real endpoint's cost over it is Hibernate, the transaction and row-level security.
     */
    @GET
    @Path("tokened")
    public ParticipantPage tokened(@PathParam("schoolId") UUID schoolId, @BeanParam PageQuery paging)
            throws SQLException {
        if (!caller.is(Role.school) || !schoolId.equals(caller.schoolId())) {
            throw new NotFoundException();
        }
        return plain(schoolId, paging);
    }

    private ParticipantPage plain(UUID schoolId, PageQuery paging) throws SQLException {
        Page page = paging.toPage();
        try (Connection c = owner.getConnection()) {
            if (!exists(c, schoolId)) {
                throw new NotFoundException();
            }
            List<ParticipantView> items = list(c, schoolId, page);
            return new ParticipantPage(items, count(c, schoolId), paging.page, paging.size);
        }
    }

    private static boolean exists(Connection c, UUID schoolId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SCHOOL)) {
            s.setObject(1, schoolId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<ParticipantView> list(Connection c, UUID schoolId, Page page) throws SQLException {
        School school = new School();
        school.id = schoolId;
        List<ParticipantView> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(LIST)) {
            s.setObject(1, schoolId);
            s.setInt(2, page.index * page.size);
            s.setInt(3, page.size);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(ParticipantView.of(participant(rs, school),
                            ConsentStatus.valueOf(rs.getString("consent_status"))));
                }
            }
        }
        return found;
    }

    private static long count(Connection c, UUID schoolId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setObject(1, schoolId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Participant participant(ResultSet rs, School school) throws SQLException {
        Participant p = new Participant();
        p.id = rs.getObject("id", UUID.class);
        p.school = school;
        p.kind = ParticipantKind.valueOf(rs.getString("kind"));
        p.fullName = rs.getString("full_name");
        p.mentorCandidate = rs.getBoolean("mentor_candidate");
        p.menteeCandidate = rs.getBoolean("mentee_candidate");
        p.externalId = rs.getString("external_id");
        p.birthDate = rs.getObject("birth_date", LocalDate.class);
        p.gradeOrPosition = rs.getString("grade_or_position");
        p.subject = rs.getString("subject");
        p.experienceYears = rs.getObject("experience_years", Integer.class);
        p.email = rs.getString("email");
        p.phone = rs.getString("phone");
        p.competencies = strings(rs.getArray("competencies"));
        p.capacity = rs.getObject("capacity", Integer.class);
        p.availability = rs.getString("availability");
        p.formsAccepted = strings(rs.getArray("forms_accepted"));
        p.trainingStatus = TrainingStatus.valueOf(rs.getString("training_status"));
        p.certificate = rs.getString("certificate");
        p.requests = strings(rs.getArray("requests"));
        p.difficulties = rs.getString("difficulties");
        p.desiredForms = strings(rs.getArray("desired_forms"));
        p.preferences = List.of((UUID[]) rs.getArray("preferences").getArray());
        p.createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        p.updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        p.version = rs.getInt("version");
        return p;
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
