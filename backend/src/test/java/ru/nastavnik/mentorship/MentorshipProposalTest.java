package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.nastavnik.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.FieldError;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.support.Demo;
import ru.nastavnik.support.Pairs;
import ru.nastavnik.support.Tokens;

/** The entry point match runs use: accepted proposals become proposed mentorships, all of them or none. */
@QuarkusTest
class MentorshipProposalTest {

    private static final UUID SCHOOL = Demo.SCHOOL_A1;

    @Inject
    MentorshipService service;

    private static MentorshipInput input(UUID mentor, UUID mentee) {
        LocalDate start = LocalDate.now();
        return new MentorshipInput(MentoringForm.TEACHER_PUPIL, MentorshipKind.TRADITIONAL, mentor, List.of(mentee),
                start, start.plusMonths(6));
    }

    private static long pairsOf(UUID participant) {
        return ((Number) as(Tokens.school()).queryParam("participantId", participant)
                .get(Pairs.mentorships(SCHOOL)).then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    @TestSecurity(user = "school", roles = "school")
    @OidcSecurity(claims = { @Claim(key = "school_id", value = "30000000-0000-0000-0000-0000000000a1"),
            @Claim(key = "preferred_username", value = "school") })
    void proposalsThatTogetherOverbookAMentorAreAllRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID mentor = Pairs.mentor(Tokens.school(), SCHOOL, "Подбор " + tag, 1);
        UUID first = Pairs.mentee(Tokens.school(), SCHOOL, "Первый " + tag);
        UUID second = Pairs.mentee(Tokens.school(), SCHOOL, "Второй " + tag);

        ApiException refused = catchThrowableOfType(ApiException.class, () -> service.propose(SCHOOL,
                List.of(input(mentor, first), input(mentor, second)), MentorshipOrigin.MATCHING));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toProblem(null).errors()).extracting(FieldError::field).containsExactly("[1].mentorId");
        assertThat(pairsOf(first)).isZero();

        UUID otherMentor = Pairs.mentor(Tokens.school(), SCHOOL, "Второй подбор " + tag, 1);
        List<MentorshipView> created = service.propose(SCHOOL,
                List.of(input(mentor, first), input(otherMentor, second)), MentorshipOrigin.MATCHING);
        assertThat(created).extracting(MentorshipView::status).containsOnly(MentorshipStatus.PROPOSED);
        assertThat(created).extracting(MentorshipView::origin).containsOnly(MentorshipOrigin.MATCHING);
        assertThat(pairsOf(first)).isEqualTo(1);
        assertThat(pairsOf(second)).isEqualTo(1);
    }
}
