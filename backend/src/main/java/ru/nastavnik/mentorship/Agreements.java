package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.common.FieldError;
import ru.nastavnik.participant.ConsentGiver;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantRules;

/**
 * The mutual agreement of a pair or group: the mentor and every mentee still in it agree, an adult for themselves
 * and a minor (judged by the birth date on the day of agreeing, as consents are) through a parent or legal
 * guardian. A change of the pair's term needs it (§4.10, §4.13 of the school regulations), and so does the
 * pair's personalised programme.
 */
public final class Agreements {

    /** The request field the agreements come in. */
    public static final String FIELD = "agreements";

    private Agreements() {
    }

    /** One side's agreement that passed the checks, with the participant it is about. */
    public record Given(Participant participant, PairSide side, ConsentGiver givenBy, String giverName,
            LocalDate agreedOn) {

        public SideAgreement view() {
            return new SideAgreement(participant.id, participant.fullName, side, givenBy, giverName, agreedOn);
        }
    }

    /**
     * Checks the agreements given for the pair: one for each side, none for anybody else, dated neither in the
     * future nor before {@code earliest} ({@code since} says what happened then, for the message). Problems go into
     * {@code errors}, named {@code agreements[i].field}, or {@code agreements} for a side that did not agree.
     * Returns the agreements in the pair's order: the mentor first, then the mentees.
     */
    public static List<Given> check(Mentorship m, List<SideAgreementInput> inputs, LocalDate earliest, String since,
            List<FieldError> errors) {
        Map<UUID, Participant> people = new LinkedHashMap<>();
        Map<UUID, PairSide> sides = new LinkedHashMap<>();
        people.put(m.mentor.id, m.mentor);
        sides.put(m.mentor.id, PairSide.MENTOR);
        for (MentorshipMentee mm : m.currentMentees()) {
            people.put(mm.participant.id, mm.participant);
            sides.put(mm.participant.id, PairSide.MENTEE);
        }
        LocalDate today = LocalDate.now();
        Map<UUID, Given> given = new LinkedHashMap<>();
        List<SideAgreementInput> list = inputs == null ? List.of() : inputs;
        for (int i = 0; i < list.size(); i++) {
            SideAgreementInput a = list.get(i);
            String at = FIELD + "[" + i + "].";
            Participant p = people.get(a.participantId());
            if (p == null) {
                errors.add(new FieldError(at + "participantId", "Участник не состоит в этой паре (группе)"));
                continue;
            }
            if (given.containsKey(p.id)) {
                errors.add(new FieldError(at + "participantId", p.fullName + ": согласие указано дважды"));
                continue;
            }
            if (a.agreedOn().isAfter(today)) {
                errors.add(new FieldError(at + "agreedOn", "Дата согласия ещё не наступила"));
            } else if (earliest != null && a.agreedOn().isBefore(earliest)) {
                errors.add(new FieldError(at + "agreedOn",
                        "Согласие не может быть дано раньше, чем " + since + " (" + Labels.date(earliest) + ")"));
            }
            String giverError = giverError(p, a);
            if (giverError != null) {
                errors.add(new FieldError(at + "givenBy", giverError));
            }
            given.put(p.id, new Given(p, sides.get(p.id), a.givenBy(), a.giverName().trim(), a.agreedOn()));
        }
        List<String> missing = new ArrayList<>();
        sides.forEach((id, side) -> {
            if (!given.containsKey(id)) {
                missing.add(people.get(id).fullName + " (" + side.label + ")");
            }
        });
        if (!missing.isEmpty()) {
            errors.add(new FieldError(FIELD, "Нужно согласие наставника и каждого наставляемого; нет согласия: "
                    + String.join(", ", missing)));
        }
        return sides.keySet().stream().map(given::get).filter(Objects::nonNull).toList();
    }

    private static String giverError(Participant p, SideAgreementInput a) {
        boolean self = a.givenBy() == ConsentGiver.SELF;
        if (p.birthDate == null) {
            if (p.kind.mayBeMinor()) {
                return p.fullName + ": не указана дата рождения, и неизвестно, может ли участник согласиться сам."
                        + " Укажите её в карточке участника";
            }
            return self ? null : p.fullName + ": взрослый участник даёт согласие сам";
        }
        boolean minor = ParticipantRules.minorOn(p.birthDate, a.agreedOn());
        if (minor && self) {
            return p.fullName + ": на дату согласия участнику нет 18 лет — согласие даёт родитель или законный"
                    + " представитель";
        }
        if (!minor && !self) {
            return p.fullName + ": совершеннолетний участник даёт согласие сам";
        }
        return null;
    }
}
