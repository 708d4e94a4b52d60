package ru.nastavnik.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.panache.common.Sort;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.SecretTokens;
import ru.nastavnik.mentorship.Mentorship;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipService;
import ru.nastavnik.participant.ConsentWithdrawn;

/**
 * The mentor's personal diary link, as the curator handles it: sending it (a new one replaces the one in force),
 * seeing whether it is used, revoking it. It closes by itself when the pair ends or the mentor withdraws consent.
 */
@ApplicationScoped
@Transactional
@RowScoped
public class DiaryLinkService {

    static final int DEFAULT_VALID_DAYS = 120;

    /** After the planned end a mentor still has a month to fill in the last meetings. */
    static final int AFTER_TERM_DAYS = 30;

    @Inject
    MentorshipService mentorships;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "nastavnik.web-url")
    String webUrl;

    public DiaryLinkView create(UUID schoolId, UUID mentorshipId, DiaryLinkInput input) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        // Two links sent at once for one pair are made one after the other, so that only the later one stays.
        em.refresh(m, LockModeType.PESSIMISTIC_WRITE);
        Meetings.requireOpen(m);
        long longest = Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(), m.plannedEnd)) + AFTER_TERM_DAYS;
        Integer asked = input == null ? null : input.validDays();
        long days = asked == null ? Math.min(DEFAULT_VALID_DAYS, longest) : asked;
        if (days > longest) {
            throw ApiException.invalid("validDays", "Ссылка действует не дольше оставшегося срока работы пары и ещё "
                    + AFTER_TERM_DAYS + " дней: не больше " + longest + " дн.");
        }
        Instant now = Instant.now();
        DiaryLink.update("revokedAt = ?1 where mentorship = ?2 and revokedAt is null and expiresAt > ?1", now, m);
        String token = SecretTokens.newToken();
        DiaryLink link = new DiaryLink();
        link.id = UUID.randomUUID();
        link.tokenHash = SecretTokens.hash(token);
        link.mentorship = m;
        link.schoolId = m.school.id;
        link.createdBy = caller.username();
        link.createdAt = now;
        link.expiresAt = now.plus(Duration.ofDays(days));
        link.persist();
        em.flush();
        return DiaryLinkView.withSecret(link, now, token, webUrl.replaceAll("/+$", "") + "/diary/" + token);
    }

    public List<DiaryLinkView> list(UUID schoolId, UUID mentorshipId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        Instant now = Instant.now();
        return DiaryLink.<DiaryLink>find("mentorship", Sort.descending("createdAt").and("id"), m).stream()
                .map(l -> DiaryLinkView.of(l, now)).toList();
    }

    public DiaryLinkView get(UUID schoolId, UUID mentorshipId, UUID linkId) {
        return DiaryLinkView.of(find(schoolId, mentorshipId, linkId), Instant.now());
    }

    public DiaryLinkView revoke(UUID schoolId, UUID mentorshipId, UUID linkId) {
        DiaryLink link = find(schoolId, mentorshipId, linkId);
        Instant now = Instant.now();
        DiaryLinkStatus status = DiaryLinkView.status(link, now);
        if (status != DiaryLinkStatus.ACTIVE) {
            throw ApiException.conflict("diary-link-closed", "Ссылка уже не действует",
                    status == DiaryLinkStatus.REVOKED ? "Ссылка уже отозвана." : "Срок действия ссылки истёк.");
        }
        link.revokedAt = now;
        return DiaryLinkView.of(link, now);
    }

    /** An ended pair's diary is its record: nothing more is written through a link. */
    void closeOnEnd(@Observes MentorshipEnded event) {
        DiaryLink.update("revokedAt = ?1 where mentorship.id = ?2 and revokedAt is null", Instant.now(),
                event.mentorshipId());
    }

    /** A mentor who withdrew consent keeps no way into any diary, whatever becomes of their pairs. */
    void closeOnWithdrawal(@Observes ConsentWithdrawn event) {
        DiaryLink.update("revokedAt = ?1 where revokedAt is null and mentorship.id in (select m.id from Mentorship m"
                + " where m.mentor.id = ?2)", Instant.now(), event.participantId());
    }

    private DiaryLink find(UUID schoolId, UUID mentorshipId, UUID linkId) {
        Mentorship m = mentorships.find(schoolId, mentorshipId);
        return DiaryLink.<DiaryLink>find("mentorship = ?1 and id = ?2", m, linkId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Ссылка не найдена"));
    }
}
