package ru.nastavnik.event;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.Region;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.Consent;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;
import ru.nastavnik.recognition.BestPractice;
import ru.nastavnik.recognition.BestPracticeStatus;
import ru.nastavnik.recognition.Publication;
import ru.nastavnik.recognition.PublicationConsentInput;
import ru.nastavnik.recognition.PublishedPractice;

/**
 * Events of schools, municipalities and the region: who sees and who runs them, their nominations, entrants and
 * results.
 *
 * <p>Everyone reads the events of their own place and of the places above it; only the organiser changes an event
 * and records its results. A school enters its own mentors, pairs and practices; a municipality or the region, as
 * organiser, may enter its schools' published practices. Results go through {@code record_event_result}, which
 * gives the winners' and prize-winners' rewards in their schools.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class EventService {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final Map<String, String> SORTS = Map.of("startsOn", "startsOn", "endsOn", "endsOn", "title",
            "title", "createdAt", "createdAt");

    /** The place an address names, as found within the caller's scope. */
    public record Place(EventLevel level, UUID regionId, UUID municipalityId, UUID schoolId, String name) {

        UUID id() {
            return switch (level) {
                case SCHOOL -> schoolId;
                case MUNICIPALITY -> municipalityId;
                case REGION -> regionId;
            };
        }

        boolean organises(Event e) {
            return e.level == level && e.regionId.equals(regionId)
                    && java.util.Objects.equals(e.municipalityId, municipalityId)
                    && java.util.Objects.equals(e.schoolId, schoolId);
        }
    }

    /** The filters of the list; an event is in the period if any of its days is. */
    public record Filter(EventKind kind, EventStatus status, LocalDate from, LocalDate to, String q) {
    }

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MentorshipService mentorships;

    @Inject
    AuditLog audit;

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The place, if the caller acts at its level (a school's user for a school, and so on) and it is in scope. */
    public Place place(EventLevel level, UUID id) {
        Role expected = switch (level) {
            case SCHOOL -> Role.school;
            case MUNICIPALITY -> Role.municipal;
            case REGION -> Role.regional;
        };
        if (caller.role() != expected) {
            throw ApiException.forbidden("Мероприятия по этому адресу ведёт " + level.organiser
                    + "; свои мероприятия смотрите по адресу своего уровня.");
        }
        return switch (level) {
            case SCHOOL -> scope.school(id).map(s -> new Place(level, s.municipality.region.id, s.municipality.id,
                    s.id, s.shortName)).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
            case MUNICIPALITY -> scope.municipality(id).map(m -> new Place(level, m.region.id, m.id, null, m.name))
                    .orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
            case REGION -> scope.region(id).map(r -> new Place(level, r.id, null, null, r.name))
                    .orElseThrow(() -> ApiException.notFound("Регион не найден"));
        };
    }

    public EventView.Page list(EventLevel level, UUID placeId, Filter filter, PageQuery paging) {
        Place place = place(level, placeId);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ApiException.invalid("to", "Конец периода раньше его начала");
        }
        StringBuilder where = new StringBuilder("(").append(visible(place)).append(")");
        Parameters params = visibleParams(place);
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.from() != null) {
            where.append(" and endsOn >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and startsOn <= :to");
            params.and("to", filter.to());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(title) like :q escape '\\' or lower(description) like :q escape '\\')");
            params.and("q", Search.pattern(filter.q()));
        }
        Sort sort = paging.sort == null || paging.sort.isBlank() ? Sort.descending("startsOn").and("id")
                : paging.toSort(SORTS, "startsOn");
        PanacheQuery<Event> query = Event.<Event>find(where.toString(), sort, params).page(paging.toPage());
        List<Event> found = query.list();
        return new EventView.Page(views(place, found), query.count(), paging.page, paging.size);
    }

    public EventView get(EventLevel level, UUID placeId, UUID id) {
        Place place = place(level, placeId);
        return view(place, find(place, id));
    }

    public EventView create(EventLevel level, UUID placeId, EventInput input) {
        Place place = place(level, placeId);
        check(input, List.of());
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.level = level;
        e.regionId = place.regionId();
        e.municipalityId = place.municipalityId();
        e.schoolId = place.schoolId();
        e.status = EventStatus.ANNOUNCED;
        e.createdBy = caller.fullName();
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        apply(e, input);
        e.persist();
        syncNominations(e, input.nominations());
        em.flush();
        return view(place, e);
    }

    public EventView update(EventLevel level, UUID placeId, UUID id, EventInput input) {
        Place place = place(level, placeId);
        Event e = organised(place, id);
        if (e.status == EventStatus.CANCELLED) {
            throw ApiException.conflict("event-cancelled", "Мероприятие отменено", "Отменённое мероприятие не меняют.");
        }
        List<EventNomination> existing = nominations(e.id);
        check(input, existing);
        Versioned.check(input.version(), e.version);
        apply(e, input);
        e.updatedAt = Instant.now();
        syncNominations(e, input.nominations());
        em.flush();
        return view(place, e);
    }

    /** Cancels an announced event; its entrants stay, to show who had entered. */
    public EventView cancel(EventLevel level, UUID placeId, UUID id, VersionInput input) {
        Place place = place(level, placeId);
        Event e = organised(place, id);
        Versioned.check(input.version(), e.version);
        if (e.status != EventStatus.ANNOUNCED) {
            throw ApiException.conflict("event-not-announced", e.status == EventStatus.COMPLETED
                    ? "Итоги уже подведены" : "Мероприятие уже отменено",
                    "Отменить можно только объявленное мероприятие без итогов.");
        }
        e.status = EventStatus.CANCELLED;
        e.updatedAt = Instant.now();
        em.flush();
        return view(place, e);
    }

    /**
     * Deletes an event with its nominations and entrants (the database cascades), as long as no result has been
     * recorded.
     */
    public void delete(EventLevel level, UUID placeId, UUID id) {
        Place place = place(level, placeId);
        Event e = organised(place, id);
        if (e.status == EventStatus.COMPLETED
                || PublicEntrant.count("eventId = ?1 and result is not null", e.id) > 0) {
            throw ApiException.conflict("event-has-results", "У мероприятия есть итоги",
                    "Мероприятие с итогами не удаляют: награды победителей и призёров ссылаются на него.");
        }
        e.delete();
    }

    public EntrantView.Listing entrants(EventLevel level, UUID placeId, UUID id) {
        Place place = place(level, placeId);
        return listing(find(place, id));
    }

    public EntrantView addEntrant(EventLevel level, UUID placeId, UUID id, EntrantInput input) {
        Place place = place(level, placeId);
        Event e = find(place, id);
        if (e.status != EventStatus.ANNOUNCED) {
            throw ApiException.conflict("entries-closed", e.status == EventStatus.CANCELLED ? "Мероприятие отменено"
                    : "Итоги уже подведены", "Участников заявляют, пока мероприятие объявлено.");
        }
        EventEntrant en = new EventEntrant();
        en.id = UUID.randomUUID();
        en.eventId = e.id;
        en.regionId = e.regionId;
        en.eventMunicipalityId = e.municipalityId;
        en.eventSchoolId = e.schoolId;
        en.kind = input.kind();
        en.enteredBy = caller.fullName();
        en.enteredAt = Instant.now();
        onlyTheTargetOfItsKind(input);
        Participant named;
        if (place.level() == EventLevel.SCHOOL) {
            en.schoolId = place.schoolId();
            named = target(en, input);
        } else if (!place.organises(e)) {
            throw ApiException.forbidden("Участников заявляют их организации; организатор заявляет только"
                    + " опубликованные практики своих организаций.");
        } else if (input.kind() != EntrantKind.PRACTICE) {
            throw ApiException.invalid("kind", "Наставника и пару заявляет организация, в которой они состоят");
        } else {
            PublishedPractice p = PublishedPractice.<PublishedPractice>find("id", input.practiceId())
                    .firstResultOptional().orElseThrow(() -> ApiException.invalid("practiceId",
                            "Практика не найдена среди практик ваших организаций"));
            if (p.status != BestPracticeStatus.ACCEPTED && p.status != BestPracticeStatus.RECOMMENDED) {
                throw ApiException.invalid("practiceId", "Практика ещё не включена в муниципальный банк");
            }
            en.schoolId = p.schoolId;
            en.practiceId = p.id;
            named = null;
        }
        if (input.nominationId() != null) {
            if (EventNomination.count("id = ?1 and eventId = ?2", input.nominationId(), e.id) == 0) {
                throw ApiException.invalid("nominationId", "Номинация не найдена в мероприятии");
            }
            en.nominationId = input.nominationId();
        }
        consent(en, named, input.consent());
        String same = switch (en.kind) {
            case MENTOR -> "participantId";
            case MENTORSHIP -> "mentorshipId";
            case PRACTICE -> "practiceId";
        };
        UUID target = en.participantId != null ? en.participantId
                : en.mentorshipId != null ? en.mentorshipId : en.practiceId;
        if (EventEntrant.count("eventId = ?1 and " + same + " = ?2", e.id, target) > 0) {
            throw ApiException.conflict("entrant-exists", "Уже участвует", "Этот участник уже заявлен в мероприятие.");
        }
        en.persist();
        if (named != null) {
            audit.concerning(named.id);
        }
        em.flush();
        return entrant(e, en.id);
    }

    public EntrantView entrant(EventLevel level, UUID placeId, UUID id, UUID entrantId) {
        Place place = place(level, placeId);
        Event e = find(place, id);
        if (PublicEntrant.count("id = ?1 and eventId = ?2", entrantId, e.id) == 0) {
            throw ApiException.notFound("Участник мероприятия не найден");
        }
        return entrant(e, entrantId);
    }

    /** Removes an entrant without a result: by its school, or by the organiser. */
    public void removeEntrant(EventLevel level, UUID placeId, UUID id, UUID entrantId) {
        Place place = place(level, placeId);
        Event e = find(place, id);
        EventEntrant en = EventEntrant.<EventEntrant>find("id = ?1 and eventId = ?2", entrantId, e.id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Участник мероприятия не найден"));
        boolean holder = place.level() == EventLevel.SCHOOL && en.schoolId.equals(place.schoolId());
        if (!holder && !place.organises(e)) {
            throw ApiException.forbidden("Заявку отзывает организация участника или организатор.");
        }
        if (PublicEntrant.count("id = ?1 and result is not null", en.id) > 0) {
            throw ApiException.conflict("entrant-has-result", "У участника есть итог",
                    "Сначала снимите итог участника: с ним снимется и его награда.");
        }
        if (en.participantId != null) {
            audit.concerning(en.participantId);
        }
        en.delete();
    }

    /**
     * Records the results of the entrants named (each from the version the organiser saw) and marks the event's
     * results as summed up. All or nothing: a refused entrant leaves every result as it was.
     */
    public EntrantView.Listing recordResults(EventLevel level, UUID placeId, UUID id, ResultsInput input) {
        Place place = place(level, placeId);
        Event e = find(place, id);
        if (!place.organises(e)) {
            throw ApiException.forbidden("Итоги подводит только организатор мероприятия.");
        }
        if (e.status == EventStatus.CANCELLED) {
            throw ApiException.conflict("event-cancelled", "Мероприятие отменено", "У отменённого мероприятия нет итогов.");
        }
        LocalDate today = today();
        if (e.startsOn.isAfter(today)) {
            throw ApiException.conflict("event-not-started", "Мероприятие ещё не началось",
                    "Итоги подводят после начала мероприятия.");
        }
        Versioned.check(input.version(), e.version);
        Set<UUID> entrants = EventEntrant.<EventEntrant>find("eventId", e.id).stream().map(en -> en.id)
                .collect(Collectors.toSet());
        Set<UUID> nominations = nominations(e.id).stream().map(n -> n.id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.results().size(); i++) {
            ResultsInput.Result r = input.results().get(i);
            String at = "results[" + i + "].";
            if (!entrants.contains(r.entrantId())) {
                errors.add(new FieldError(at + "entrantId", "Участник не найден в мероприятии"));
            } else if (!seen.add(r.entrantId())) {
                errors.add(new FieldError(at + "entrantId", "Итог этого участника уже указан выше"));
            }
            if (r.nominationId() != null && !nominations.contains(r.nominationId())) {
                errors.add(new FieldError(at + "nominationId", "Номинация не найдена в мероприятии"));
            }
            if (r.place() != null && r.result() == null) {
                errors.add(new FieldError(at + "place", "Место указывают вместе с итогом"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        LocalDate awardedOn = input.awardedOn() != null ? input.awardedOn()
                : e.endsOn.isAfter(today) ? today : e.endsOn;
        String document = input.resultsDocument() == null || input.resultsDocument().isBlank() ? null
                : input.resultsDocument().trim();
        for (ResultsInput.Result r : input.results()) {
            Object version = em.createNativeQuery("SELECT record_event_result(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, r.entrantId()).setParameter(2, r.version())
                    .setParameter(3, r.result() == null ? null : r.result().name())
                    .setParameter(4, r.place()).setParameter(5, r.nominationId()).setParameter(6, awardedOn)
                    .setParameter(7, place.name()).setParameter(8, document).setParameter(9, caller.fullName())
                    .getSingleResult();
            if (version == null) {
                throw ApiException.staleVersion();
            }
        }
        e.status = EventStatus.COMPLETED;
        e.resultsAt = Instant.now();
        e.resultsDocument = document;
        e.updatedAt = e.resultsAt;
        em.flush();
        return listing(e);
    }

    /** The events of the region the caller's portal client reads: every level's but cancelled ones, by creation. */
    public List<Event> regionEvents(UUID regionId, int page, int size) {
        return Event.<Event>find("regionId = ?1 and status <> ?2", Sort.by("createdAt").and("id"), regionId,
                EventStatus.CANCELLED).page(page, size).list();
    }

    public long countRegionEvents(UUID regionId) {
        return Event.count("regionId = ?1 and status <> ?2", regionId, EventStatus.CANCELLED);
    }

    public List<EventNomination> nominations(UUID eventId) {
        return EventNomination.<EventNomination>find("eventId", Sort.by("position"), eventId).list();
    }

    /** The entrants of events as the caller may see them: winners first, then prize-winners, then the rest. */
    public List<PublicEntrant> publicEntrants(UUID eventId) {
        List<PublicEntrant> found = new ArrayList<>(PublicEntrant.<PublicEntrant>list("eventId", eventId));
        found.sort(Comparator.comparing((PublicEntrant p) -> p.result == null ? 3 : 2 - p.result.ordinal())
                .thenComparing(p -> p.place == null ? Integer.MAX_VALUE : p.place)
                .thenComparing(p -> p.enteredAt).thenComparing(p -> p.id));
        return found;
    }

    /** Who organises an event, by name: the school, municipality or region. */
    public String organiserName(Event e) {
        return switch (e.level) {
            case SCHOOL -> School.<School>findByIdOptional(e.schoolId).map(s -> s.shortName).orElse("");
            case MUNICIPALITY -> Municipality.<Municipality>findByIdOptional(e.municipalityId).map(m -> m.name)
                    .orElse("");
            case REGION -> Region.<Region>findByIdOptional(e.regionId).map(r -> r.name).orElse("");
        };
    }

    private Participant target(EventEntrant en, EntrantInput input) {
        switch (input.kind()) {
            case MENTOR -> {
                if (input.participantId() == null) {
                    throw ApiException.invalid("participantId", "Выберите наставника");
                }
                Participant p = Participant.<Participant>find("school.id = ?1 and id = ?2", en.schoolId,
                        input.participantId()).firstResultOptional()
                        .orElseThrow(() -> ApiException.invalid("participantId", "Участник не найден в организации"));
                if (!p.mentorCandidate) {
                    throw ApiException.invalid("participantId", p.fullName + " не наставник");
                }
                consentInForce(p, "participantId");
                en.participantId = p.id;
                return p;
            }
            case MENTORSHIP -> {
                if (input.mentorshipId() == null) {
                    throw ApiException.invalid("mentorshipId", "Выберите пару или группу");
                }
                Mentorship m;
                try {
                    m = mentorships.find(en.schoolId, input.mentorshipId());
                } catch (ApiException notHere) {
                    throw ApiException.invalid("mentorshipId", "Наставническая пара не найдена в организации");
                }
                if (m.status != MentorshipStatus.ACTIVE && m.status != MentorshipStatus.COMPLETED) {
                    throw ApiException.invalid("mentorshipId", "Участвуют пары, которые работают или завершили работу");
                }
                en.mentorshipId = m.id;
                return m.mentor;
            }
            default -> {
                if (input.practiceId() == null) {
                    throw ApiException.invalid("practiceId", "Выберите практику");
                }
                BestPractice p = BestPractice.<BestPractice>find("school.id = ?1 and id = ?2", en.schoolId,
                        input.practiceId()).firstResultOptional()
                        .orElseThrow(() -> ApiException.invalid("practiceId", "Практика не найдена в организации"));
                en.practiceId = p.id;
                return null;
            }
        }
    }

    private static void onlyTheTargetOfItsKind(EntrantInput input) {
        Map<String, Boolean> given = Map.of("participantId", input.participantId() != null, "mentorshipId",
                input.mentorshipId() != null, "practiceId", input.practiceId() != null);
        String own = switch (input.kind()) {
            case MENTOR -> "participantId";
            case MENTORSHIP -> "mentorshipId";
            case PRACTICE -> "practiceId";
        };
        List<FieldError> errors = given.entrySet().stream().filter(g -> g.getValue() && !g.getKey().equals(own))
                .sorted(Map.Entry.comparingByKey())
                .map(g -> new FieldError(g.getKey(), "Не указывается для участника этого вида")).toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void consentInForce(Participant p, String field) {
        if (Consent.count("participant = ?1 and withdrawnOn is null", p) == 0) {
            throw ApiException.invalid(field, p.fullName + ": нет действующего согласия на обработку персональных данных");
        }
    }

    /** The mentor's consent to publish, as a best practice's participant gives it (V15's model). */
    private void consent(EventEntrant en, Participant mentor, PublicationConsentInput c) {
        en.publication = Publication.ANONYMOUS;
        if (c == null) {
            return;
        }
        if (mentor == null) {
            throw ApiException.invalid("consent", "У практики своё согласие на публикацию: оно дано в самой практике");
        }
        if (c.givenOn().isAfter(today())) {
            throw ApiException.invalid("consent.givenOn", "Дата согласия не может быть в будущем");
        }
        List<FieldError> errors = ParticipantRules.giverErrors(mentor.kind, mentor.birthDate, c.givenBy(),
                c.givenOn(), "consent.");
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        en.publication = c.publication();
        if (c.publication() != Publication.ANONYMOUS) {
            en.givenBy = c.givenBy();
            en.giverName = c.giverName().trim();
            en.givenOn = c.givenOn();
            en.documentRef = c.documentRef().trim();
        }
    }

    private static void check(EventInput input, List<EventNomination> existing) {
        List<FieldError> errors = new ArrayList<>();
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "Дата окончания раньше даты начала"));
        }
        Set<UUID> known = existing.stream().map(n -> n.id).collect(Collectors.toSet());
        Set<String> titles = new HashSet<>();
        List<EventInput.Nomination> given = input.nominations() == null ? List.of() : input.nominations();
        for (int i = 0; i < given.size(); i++) {
            EventInput.Nomination n = given.get(i);
            if (n.id() != null && !known.contains(n.id())) {
                errors.add(new FieldError("nominations[" + i + "].id", "Номинация не найдена в мероприятии"));
            }
            if (!titles.add(n.title().trim().toLowerCase())) {
                errors.add(new FieldError("nominations[" + i + "].title", "Номинация с таким названием уже есть"));
            }
        }
        Set<UUID> kept = given.stream().map(EventInput.Nomination::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (EventNomination n : existing) {
            if (!kept.contains(n.id) && EventEntrant.count("nominationId", n.id) > 0) {
                errors.add(new FieldError("nominations", "Номинация «" + n.title + "»: в ней есть участники"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(Event e, EventInput input) {
        e.kind = input.kind();
        e.title = input.title().trim();
        e.description = input.description() == null ? "" : input.description().trim();
        e.startsOn = input.startsOn();
        e.endsOn = input.endsOn();
    }

    /** Makes the event's nominations those given, in their order: kept ones renamed, missing ones removed. */
    private void syncNominations(Event e, List<EventInput.Nomination> given) {
        List<EventInput.Nomination> wanted = given == null ? List.of() : given;
        Map<UUID, EventNomination> existing = nominations(e.id).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Set<UUID> kept = wanted.stream().map(EventInput.Nomination::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        existing.values().stream().filter(n -> !kept.contains(n.id)).forEach(EventNomination::delete);
        // Titles are unique within an event: park the kept ones first, so that two nominations may swap names.
        existing.values().stream().filter(n -> kept.contains(n.id)).forEach(n -> n.title = n.id.toString());
        em.flush();
        for (int i = 0; i < wanted.size(); i++) {
            EventInput.Nomination w = wanted.get(i);
            EventNomination n = w.id() == null ? null : existing.get(w.id());
            if (n == null) {
                n = new EventNomination();
                n.id = UUID.randomUUID();
                n.eventId = e.id;
                n.regionId = e.regionId;
                n.municipalityId = e.municipalityId;
                n.schoolId = e.schoolId;
                n.position = i + 1;
                n.title = w.title().trim();
                n.persist();
            } else {
                n.position = i + 1;
                n.title = w.title().trim();
            }
        }
    }

    private Event find(Place place, UUID id) {
        Parameters params = visibleParams(place).and("id", id);
        return Event.<Event>find("id = :id and (" + visible(place) + ")", params).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Мероприятие не найдено"));
    }

    private Event organised(Place place, UUID id) {
        Event e = find(place, id);
        if (!place.organises(e)) {
            throw ApiException.forbidden("Мероприятие ведёт его организатор: " + organiserName(e) + ".");
        }
        return e;
    }

    /** The events a place sees: its own and those of the places above it. */
    private static String visible(Place place) {
        return switch (place.level()) {
            case SCHOOL -> "schoolId = :school or (schoolId is null and municipalityId = :municipality)"
                    + " or (municipalityId is null and regionId = :region)";
            case MUNICIPALITY -> "(schoolId is null and municipalityId = :municipality)"
                    + " or (municipalityId is null and regionId = :region)";
            case REGION -> "municipalityId is null and regionId = :region";
        };
    }

    private static Parameters visibleParams(Place place) {
        Parameters params = Parameters.with("region", place.regionId());
        if (place.level() != EventLevel.REGION) {
            params.and("municipality", place.municipalityId());
        }
        if (place.level() == EventLevel.SCHOOL) {
            params.and("school", place.schoolId());
        }
        return params;
    }

    private List<EventView> views(Place place, List<Event> events) {
        Map<EventLevel, Map<UUID, String>> names = new HashMap<>();
        return events.stream().map(e -> view(place, e, names.computeIfAbsent(e.level, l -> new HashMap<>())
                .computeIfAbsent(e.level == EventLevel.SCHOOL ? e.schoolId
                        : e.level == EventLevel.MUNICIPALITY ? e.municipalityId : e.regionId,
                        k -> organiserName(e)))).toList();
    }

    private EventView view(Place place, Event e) {
        return view(place, e, organiserName(e));
    }

    private EventView view(Place place, Event e, String organiser) {
        UUID organiserId = switch (e.level) {
            case SCHOOL -> e.schoolId;
            case MUNICIPALITY -> e.municipalityId;
            case REGION -> e.regionId;
        };
        List<EventView.NominationView> nominations = nominations(e.id).stream()
                .map(n -> new EventView.NominationView(n.id, n.title)).toList();
        return new EventView(e.id, e.level, organiserId, organiser, e.kind, e.title, e.description, e.startsOn,
                e.endsOn, e.status, nominations, PublicEntrant.count("eventId", e.id), e.resultsDocument, e.resultsAt,
                place.organises(e), e.createdBy, e.createdAt, e.updatedAt, e.version);
    }

    private EntrantView.Listing listing(Event e) {
        Map<UUID, String> nominations = nominations(e.id).stream()
                .collect(Collectors.toMap(n -> n.id, n -> n.title));
        return new EntrantView.Listing(publicEntrants(e.id).stream().map(p -> view(p, nominations)).toList());
    }

    private EntrantView entrant(Event e, UUID entrantId) {
        Map<UUID, String> nominations = nominations(e.id).stream()
                .collect(Collectors.toMap(n -> n.id, n -> n.title));
        return view(PublicEntrant.<PublicEntrant>findById(entrantId), nominations);
    }

    private static EntrantView view(PublicEntrant p, Map<UUID, String> nominations) {
        return new EntrantView(p.id, p.kind, p.schoolId, p.schoolName, p.title, p.form, p.nominationId,
                p.nominationId == null ? null : nominations.get(p.nominationId), p.result, p.place, p.publication,
                p.participantId, p.mentorshipId, p.practiceId, p.enteredAt, p.version);
    }
}
