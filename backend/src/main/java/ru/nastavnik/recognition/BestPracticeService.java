package ru.nastavnik.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.Constraints;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.common.PageQuery;
import ru.nastavnik.common.Role;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Search;
import ru.nastavnik.common.Versioned;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipMentee;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.School;
import ru.nastavnik.participant.ConsentWithdrawn;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;
import ru.nastavnik.participant.WithdrawalInput;

/**
 * A school's best practices: a curator proposes a completed pair or group, records each participant's consent to
 * publish and the materials, and submits the practice to the municipality; a returned one is edited and submitted
 * again. Nothing leaves the school before every participant has consented, and what leaves is only the published
 * view ({@link PublishedPracticeService}).
 */
@ApplicationScoped
@Transactional
@RowScoped
public class BestPracticeService {

    private static final Map<String, String> SORTS = Map.of("title", "p.title", "status", "p.status",
            "submittedAt", "p.submittedAt", "updatedAt", "p.updatedAt", "createdAt", "p.createdAt");
    private static final String ALREADY_PROPOSED = "Эта пара уже предложена как лучшая практика";

    @Inject
    OrgScope scope;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    MentorshipService mentorships;

    @Inject
    AttachmentLimits limits;

    /** A material as it arrives: the bytes and what the query parameters said about them. */
    public record NewAttachment(String fileName, String caption, List<UUID> people, byte[] content) {
    }

    /** One of the pair's people whose consent the practice needs. */
    private record Member(Participant participant, PracticeRole role) {
    }

    public BestPracticePage list(UUID schoolId, String q, BestPracticeStatus status, PageQuery paging) {
        School school = school(schoolId);
        StringBuilder where = new StringBuilder("from BestPractice p where p.school = :school");
        Parameters params = Parameters.with("school", school);
        if (status != null) {
            where.append(" and p.status = :status");
            params.and("status", status);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(p.title) like :q escape '\\'");
            params.and("q", Search.pattern(q));
        }
        PanacheQuery<BestPractice> query = BestPractice.<BestPractice>find(where.toString(),
                paging.toSort(SORTS, "updatedAt", "p.id"), params).page(paging.toPage());
        List<BestPractice> found = query.list();
        Map<UUID, List<MentorshipMentee>> mentees = mentees(found.stream().map(p -> p.mentorship).toList());
        List<BestPracticeSummary> items = found.stream()
                .map(p -> new BestPracticeSummary(p.id, p.title, p.status,
                        pair(p.mentorship, mentees.getOrDefault(p.mentorship.id, List.of())), p.submittedAt,
                        p.updatedAt, p.version))
                .toList();
        return new BestPracticePage(items, query.count(), paging.page, paging.size);
    }

    public BestPracticeView get(UUID schoolId, UUID id) {
        return view(find(schoolId, id));
    }

    public BestPracticeView create(UUID schoolId, BestPracticeProposal input) {
        School school = school(schoolId);
        Mentorship m = References.mentorship(mentorships, schoolId, input.mentorshipId(), "mentorshipId");
        if (m.status != MentorshipStatus.COMPLETED) {
            throw ApiException.invalid("mentorshipId", m.status == MentorshipStatus.TERMINATED
                    ? "Пара прекращена досрочно: лучшей практикой предлагают только завершённые пары и группы"
                    : "Пара ещё не завершена: лучшей практикой предлагают только завершённые пары и группы");
        }
        if (BestPractice.count("mentorship", m) > 0) {
            throw ApiException.invalid("mentorshipId", ALREADY_PROPOSED);
        }
        BestPractice p = new BestPractice();
        p.id = UUID.randomUUID();
        p.school = school;
        p.mentorship = m;
        p.title = input.title().trim();
        p.description = text(input.description());
        p.results = text(input.results());
        p.status = BestPracticeStatus.DRAFT;
        p.createdBy = caller.fullName();
        p.persist();
        Constraints.flush(em, "best_practice_mentorship_key", () -> ApiException.invalid("mentorshipId",
                ALREADY_PROPOSED));
        return view(p);
    }

    public BestPracticeView update(UUID schoolId, UUID id, BestPracticeInput input) {
        BestPractice p = find(schoolId, id);
        Versioned.check(input.version(), p.version);
        requireEditable(p);
        p.title = input.title().trim();
        p.description = text(input.description());
        p.results = text(input.results());
        em.flush();
        return view(p);
    }

    /** Only a draft: once submitted, a practice is part of the review's history. */
    public void delete(UUID schoolId, UUID id) {
        BestPractice p = find(schoolId, id);
        if (p.status != BestPracticeStatus.DRAFT) {
            throw ApiException.conflict("practice-submitted", "Практику нельзя удалить",
                    "Удалить можно только черновик: отправленная практика остаётся в истории рассмотрения.");
        }
        p.delete();
    }

    /**
     * Records (or, before the practice leaves the school, replaces) a participant's consent to publish. The person
     * must be one of the pair's and have a consent to processing in force; a minor's consent is given by a parent
     * or guardian, judged by the age on the day it was given.
     */
    public BestPracticeView recordConsent(UUID schoolId, UUID id, UUID participantId, PublicationConsentInput input) {
        BestPractice p = find(schoolId, id);
        requireEditable(p);
        Member member = member(p, participantId);
        Participant person = member.participant();
        if (!processingConsent(person.id)) {
            throw ApiException.conflict("no-consent", "Нет согласия на обработку данных", person.fullName
                    + ": без действующего согласия на обработку персональных данных согласие на публикацию не "
                    + "оформляется.");
        }
        List<FieldError> errors = ParticipantRules.giverErrors(person.kind, person.birthDate, input.givenBy(),
                input.givenOn(), "");
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        PublicationConsent c = PublicationConsent.<PublicationConsent>find("practice = ?1 and participant.id = ?2", p,
                participantId).firstResultOptional().orElse(null);
        if (c == null) {
            c = new PublicationConsent();
            c.id = UUID.randomUUID();
            c.practice = p;
            c.schoolId = p.school.id;
            c.participant = person;
        }
        c.role = member.role();
        c.publication = input.publication();
        c.givenBy = input.givenBy();
        c.giverName = input.giverName().trim();
        c.givenOn = input.givenOn();
        c.documentRef = input.documentRef().trim();
        c.withdrawnOn = null;
        c.withdrawalReason = null;
        c.recordedBy = caller.fullName();
        c.recordedAt = Instant.now();
        c.persist();
        em.flush();
        return view(p);
    }

    /** A person may withdraw their consent to publish at any time: from then on the practice does not name them. */
    public BestPracticeView withdrawConsent(UUID schoolId, UUID id, UUID participantId, WithdrawalInput input) {
        BestPractice p = find(schoolId, id);
        member(p, participantId);
        PublicationConsent c = PublicationConsent.<PublicationConsent>find(
                "practice = ?1 and participant.id = ?2 and withdrawnOn is null", p, participantId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.conflict("no-publication-consent", "Согласия на публикацию нет",
                        "Отозвать можно только действующее согласие на публикацию."));
        if (input.withdrawnOn().isBefore(c.givenOn)) {
            throw ApiException.invalid("withdrawnOn", "Согласие не может быть отозвано раньше, чем дано");
        }
        c.withdrawnOn = input.withdrawnOn();
        c.withdrawalReason = RewardService.blankToNull(input.reason());
        em.flush();
        return view(p);
    }

    /**
     * Adds a material. Its type comes from its content; one file and all the practice's files together stay within
     * the limits, counted under a lock of the practice so that two uploads at once cannot pass them together.
     */
    public BestPracticeView.Attachment addAttachment(UUID schoolId, UUID id, NewAttachment file) {
        BestPractice p = find(schoolId, id);
        requireEditable(p);
        String fileName = RewardService.blankToNull(file.fileName());
        if (fileName == null) {
            throw ApiException.invalid("fileName", "Укажите имя файла");
        }
        if (fileName.length() > 255) {
            throw ApiException.invalid("fileName", "Имя файла — не длиннее 255 символов");
        }
        String caption = RewardService.blankToNull(file.caption());
        if (caption != null && caption.length() > 200) {
            throw ApiException.invalid("caption", "Подпись — не длиннее 200 символов");
        }
        Set<UUID> members = members(p.mentorship).stream().map(m -> m.participant().id).collect(Collectors.toSet());
        List<UUID> people = file.people() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(file.people()));
        if (!members.containsAll(people)) {
            throw ApiException.invalid("people", "На материале можно отметить только участников этой пары");
        }
        if (file.content().length > limits.maxFileSize()) {
            throw AttachmentUpload.tooLarge(limits.maxFileSize());
        }
        AttachmentType type = AttachmentType.detect(file.content()).orElseThrow(AttachmentUpload::unsupported);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        long used = em.createQuery("select coalesce(sum(a.sizeBytes), 0) from PracticeAttachment a"
                + " where a.practice = :practice", Long.class).setParameter("practice", p).getSingleResult();
        if (used + file.content().length > limits.maxTotalSize()) {
            throw AttachmentUpload.tooMuch(used, limits.maxTotalSize());
        }
        PracticeAttachment a = new PracticeAttachment();
        a.id = UUID.randomUUID();
        a.practice = p;
        a.schoolId = p.school.id;
        a.fileName = type.fileName(fileName);
        a.caption = caption;
        a.contentType = type.mediaType;
        a.sizeBytes = file.content().length;
        a.sha256 = AttachmentUpload.sha256(file.content());
        a.people = people;
        a.uploadedBy = caller.fullName();
        a.uploadedAt = Instant.now();
        a.persist();
        PracticeFile f = new PracticeFile();
        f.attachmentId = a.id;
        f.schoolId = a.schoolId;
        f.content = file.content();
        f.persist();
        em.flush();
        return attachmentView(a, publishedAttachments(p));
    }

    public BestPracticeView.Attachment attachment(UUID schoolId, UUID id, UUID attachmentId) {
        BestPractice p = find(schoolId, id);
        return attachmentView(findAttachment(p, attachmentId), publishedAttachments(p));
    }

    public AttachmentDownload content(UUID schoolId, UUID id, UUID attachmentId) {
        PracticeAttachment a = findAttachment(find(schoolId, id), attachmentId);
        PracticeFile f = PracticeFile.findById(a.id);
        return new AttachmentDownload(f.content, a.contentType, a.fileName);
    }

    public void deleteAttachment(UUID schoolId, UUID id, UUID attachmentId) {
        BestPractice p = find(schoolId, id);
        requireEditable(p);
        findAttachment(p, attachmentId).delete();
    }

    /**
     * Sends the practice to the municipality: with a description, results, and every participant's consent to
     * publish in force, or not at all (400 naming each one missing).
     */
    public BestPracticeView submit(UUID schoolId, UUID id, SubmitInput input) {
        BestPractice p = find(schoolId, id);
        Versioned.check(input.version(), p.version);
        if (!p.status.editable()) {
            throw ApiException.conflict("illegal-transition", "Практика уже отправлена",
                    "Практика в статусе «" + p.status.label + "»: отправить можно черновик или возвращённую на "
                            + "доработку практику.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (p.description.isBlank()) {
            errors.add(new FieldError("description", "Опишите практику: без описания её не отправить"));
        }
        if (p.results.isBlank()) {
            errors.add(new FieldError("results", "Опишите результаты: без них практику не отправить"));
        }
        Map<UUID, PublicationConsent> consents = consents(p);
        for (Member m : members(p.mentorship)) {
            PublicationConsent c = consents.get(m.participant().id);
            if (c == null || c.withdrawnOn != null) {
                errors.add(new FieldError("consents." + m.participant().id, m.participant().fullName
                        + (c == null ? ": нет согласия на публикацию" : ": согласие на публикацию отозвано")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        BestPracticeStatus from = p.status;
        p.status = BestPracticeStatus.SUBMITTED;
        p.submittedAt = Instant.now();
        p.returnComment = null;
        PracticeEvent e = new PracticeEvent();
        e.id = UUID.randomUUID();
        e.practice = p;
        e.schoolId = p.school.id;
        e.action = BestPracticeStatus.SUBMITTED;
        e.fromStatus = from;
        e.toStatus = p.status;
        e.at = p.submittedAt;
        e.actorRole = Role.SCHOOL;
        e.actorLogin = caller.username();
        e.actorName = caller.fullName();
        e.comment = RewardService.blankToNull(input.comment());
        e.persist();
        em.flush();
        return view(p);
    }

    public List<PracticeEventView> history(UUID schoolId, UUID id) {
        BestPractice p = find(schoolId, id);
        return PracticeEvent.<PracticeEvent>list("practice", Sort.by("at").and("id"), p).stream()
                .map(PracticeEventView::of).toList();
    }

    /**
     * A withdrawn consent to processing ends the person's publication in the same transaction, in every practice,
     * another school's included; the published views check the consent themselves as well.
     */
    void withdrawPublication(@Observes ConsentWithdrawn event) {
        em.createNativeQuery("SELECT withdraw_publication(:participant)")
                .setParameter("participant", event.participantId()).getSingleResult();
    }

    private BestPracticeView view(BestPractice p) {
        Mentorship m = p.mentorship;
        List<MentorshipMentee> current = m.mentees.stream().filter(mm -> mm.removedOn == null).toList();
        Map<UUID, PublicationConsent> consents = consents(p);
        LocalDate today = LocalDate.now();
        List<BestPracticeView.Member> participants = members(m).stream().map(member -> {
            Participant person = member.participant();
            PublicationConsent c = consents.get(person.id);
            Boolean minor = person.birthDate == null ? null : person.birthDate.plusYears(18).isAfter(today);
            return new BestPracticeView.Member(person.id, person.fullName, person.kind, member.role(), minor,
                    processingConsent(person.id), c == null ? null : BestPracticeView.ConsentRecord.of(c));
        }).toList();
        List<PracticeAttachment> attachments = PracticeAttachment.list("practice", Sort.by("uploadedAt").and("id"),
                p);
        Set<UUID> published = publishedAttachments(p);
        List<BestPracticeView.Attachment> materials = attachments.stream().map(a -> attachmentView(a, published))
                .toList();
        long size = attachments.stream().mapToLong(a -> a.sizeBytes).sum();
        return new BestPracticeView(p.id, p.school.id, pair(m, current), p.title, p.description, p.results, p.status,
                p.returnComment, p.submittedAt, p.acceptedAt, p.recommendedAt, participants, materials, size,
                new BestPracticeView.Limits(limits.maxFileSize(), limits.maxTotalSize()), actions(p.status),
                p.createdBy, p.createdAt, p.version);
    }

    private static List<BestPracticeAction> actions(BestPracticeStatus status) {
        return switch (status) {
            case DRAFT -> List.of(BestPracticeAction.EDIT, BestPracticeAction.SUBMIT, BestPracticeAction.DELETE);
            case RETURNED -> List.of(BestPracticeAction.EDIT, BestPracticeAction.SUBMIT);
            case SUBMITTED, ACCEPTED, RECOMMENDED -> List.of();
        };
    }

    private static BestPracticeView.Attachment attachmentView(PracticeAttachment a, Set<UUID> published) {
        return new BestPracticeView.Attachment(a.id, a.fileName, a.caption, a.contentType, a.sizeBytes, a.people,
                published.contains(a.id), a.uploadedBy, a.uploadedAt);
    }

    /** Which materials would be published now, as the published view itself decides it. */
    private static Set<UUID> publishedAttachments(BestPractice p) {
        return PublishedAttachment.<PublishedAttachment>list("practiceId", p.id).stream().map(a -> a.id)
                .collect(Collectors.toSet());
    }

    private static BestPracticeView.Pair pair(Mentorship m, List<MentorshipMentee> mentees) {
        List<String> names = mentees.stream().filter(mm -> mm.removedOn == null).map(mm -> mm.participant.fullName)
                .sorted().toList();
        return new BestPracticeView.Pair(m.id, m.form, m.kind, m.startedOn, m.endedOn, m.mentor.fullName, names);
    }

    /** The mentees of several mentorships with their names, in one query, for a list. */
    private Map<UUID, List<MentorshipMentee>> mentees(List<Mentorship> list) {
        Map<UUID, List<MentorshipMentee>> result = new HashMap<>();
        if (list.isEmpty()) {
            return result;
        }
        em.createQuery("select mm from MentorshipMentee mm join fetch mm.participant where mm.mentorship.id in :ids",
                MentorshipMentee.class).setParameter("ids", list.stream().map(m -> m.id).toList()).getResultList()
                .forEach(mm -> result.computeIfAbsent(mm.mentorship.id, k -> new ArrayList<>()).add(mm));
        return result;
    }

    /** The mentor and the mentees who were in the pair to its end, by name. */
    private static List<Member> members(Mentorship m) {
        List<Member> members = new ArrayList<>();
        members.add(new Member(m.mentor, PracticeRole.MENTOR));
        m.mentees.stream().filter(mm -> mm.removedOn == null)
                .sorted(Comparator.comparing((MentorshipMentee mm) -> mm.participant.fullName))
                .forEach(mm -> members.add(new Member(mm.participant, PracticeRole.MENTEE)));
        return members;
    }

    private static Member member(BestPractice p, UUID participantId) {
        return members(p.mentorship).stream().filter(m -> m.participant().id.equals(participantId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Участник не входит в пару этой практики"));
    }

    private static Map<UUID, PublicationConsent> consents(BestPractice p) {
        Map<UUID, PublicationConsent> result = new HashMap<>();
        PublicationConsent.<PublicationConsent>list("practice", p).forEach(c -> result.put(c.participant.id, c));
        return result;
    }

    /** Asked of the database, because a mentor from another school has their consent there. */
    private boolean processingConsent(UUID participantId) {
        return (Boolean) em.createNativeQuery("SELECT consent_in_force(:participant)")
                .setParameter("participant", participantId).getSingleResult();
    }

    private static void requireEditable(BestPractice p) {
        if (!p.status.editable()) {
            throw ApiException.conflict("practice-not-editable", "Практику сейчас нельзя изменить",
                    "Практика в статусе «" + p.status.label + "»: менять её можно, пока она черновик или "
                            + "возвращена на доработку.");
        }
    }

    private static PracticeAttachment findAttachment(BestPractice p, UUID attachmentId) {
        return PracticeAttachment.<PracticeAttachment>find("practice = ?1 and id = ?2", p, attachmentId)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Материал не найден"));
    }

    private BestPractice find(UUID schoolId, UUID id) {
        School school = school(schoolId);
        return BestPractice.<BestPractice>find("school = ?1 and id = ?2", school, id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Лучшая практика не найдена"));
    }

    private School school(UUID schoolId) {
        return scope.school(schoolId).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
