package ru.nastavnik.participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ru.nastavnik.common.FieldError;

/**
 * The rules a participant's data obeys wherever it comes from: a form of the SPA, the API, or a row of an imported
 * file. They need no database, so that an import can apply them to every row as fast as it reads.
 */
public final class ParticipantRules {

    public static final String NEEDS_CONSENT = "Сначала оформите согласие на обработку персональных данных";

    private ParticipantRules() {
    }

    /** Whether the input carries anything beyond the name, the kind and the roles, which needs a consent. */
    public static boolean hasPersonalData(ParticipantInput input) {
        return input.hasPersonalData();
    }

    /**
     * A minor's consent is given by a parent or legal guardian; an adult gives their own. The age counts on the day
     * the consent was given. Fields are named with the prefix the caller's request uses for the consent.
     */
    public static List<FieldError> giverErrors(ParticipantKind kind, LocalDate birthDate, ConsentInput c,
            String prefix) {
        return giverErrors(kind, birthDate, c.givenBy(), c.givenOn(), prefix);
    }

    /** The same rule for any consent a participant gives, to processing or to publication. */
    public static List<FieldError> giverErrors(ParticipantKind kind, LocalDate birthDate, ConsentGiver givenBy,
            LocalDate givenOn, String prefix) {
        if (birthDate == null) {
            if (kind.mayBeMinor()) {
                return List.of(new FieldError(prefix + "birthDate",
                        "Укажите дату рождения: от неё зависит, кто даёт согласие за обучающегося"));
            }
            if (givenBy != ConsentGiver.SELF) {
                return List.of(new FieldError(prefix + "givenBy", "Взрослый участник даёт согласие сам"));
            }
            return List.of();
        }
        if (givenOn.isBefore(birthDate)) {
            return List.of(new FieldError(prefix + "givenOn", "Дата согласия раньше даты рождения"));
        }
        boolean minor = minorOn(birthDate, givenOn);
        if (minor && givenBy == ConsentGiver.SELF) {
            return List.of(new FieldError(prefix + "givenBy",
                    "За несовершеннолетнего согласие даёт родитель или законный представитель"));
        }
        if (!minor && givenBy != ConsentGiver.SELF) {
            return List.of(new FieldError(prefix + "givenBy", "Совершеннолетний участник даёт согласие сам"));
        }
        return List.of();
    }

    /** Whether a person born on that day is under 18 on the other day. */
    public static boolean minorOn(LocalDate birthDate, LocalDate day) {
        return birthDate.plusYears(18).isAfter(day);
    }

    /** Competencies and requests must come from the shared catalogue, whose codes the caller has at hand. */
    public static List<FieldError> catalogueErrors(ParticipantInput input, Set<String> knownCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (input.mentorProfile() != null) {
            unknownCodes(input.mentorProfile().competencies(), knownCodes, "mentorProfile.competencies", errors);
        }
        if (input.menteeProfile() != null) {
            unknownCodes(input.menteeProfile().requests(), knownCodes, "menteeProfile.requests", errors);
        }
        return errors;
    }

    /** Every code the input names, to look up in the catalogue at once. */
    static Set<String> codes(ParticipantInput input) {
        Set<String> codes = new LinkedHashSet<>();
        if (input.mentorProfile() != null && input.mentorProfile().competencies() != null) {
            codes.addAll(input.mentorProfile().competencies());
        }
        if (input.menteeProfile() != null && input.menteeProfile().requests() != null) {
            codes.addAll(input.menteeProfile().requests());
        }
        return codes;
    }

    private static void unknownCodes(Collection<String> codes, Set<String> known, String field,
            List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "Нет в справочнике компетенций: " + String.join(", ", unknown)));
        }
    }

    /** Name, kind and roles: what may be kept of anyone, consent or not. */
    public static void applyBasics(Participant p, ParticipantInput input) {
        p.kind = input.kind();
        p.fullName = input.fullName().trim();
        p.mentorCandidate = input.mentorCandidate();
        p.menteeCandidate = input.menteeCandidate();
    }

    /** Everything else, normalised the same way for every source: blanks become null, lists lose repeats. */
    public static void applyPersonal(Participant p, ParticipantInput input) {
        p.externalId = blankToNull(input.externalId());
        p.gradeOrPosition = blankToNull(input.gradeOrPosition());
        p.subject = blankToNull(input.subject());
        p.experienceYears = input.experienceYears();
        p.email = blankToNull(input.email());
        p.phone = blankToNull(input.phone());
        MentorProfile mentor = input.mentorProfile();
        p.competencies = mentor == null || mentor.competencies() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(mentor.competencies()));
        p.capacity = mentor == null ? null : mentor.capacity();
        String mentorTime = mentor == null ? null : blankToNull(mentor.availability());
        String menteeTime = input.menteeProfile() == null ? null : blankToNull(input.menteeProfile().availability());
        p.availability = mentorTime != null ? mentorTime : menteeTime;
        p.formsAccepted = mentor == null || mentor.formsAccepted() == null ? new ArrayList<>()
                : mentor.formsAccepted().stream().distinct().map(Enum::name).toList();
        p.trainingStatus = mentor == null || mentor.trainingStatus() == null ? TrainingStatus.NONE
                : mentor.trainingStatus();
        p.certificate = mentor == null ? null : blankToNull(mentor.certificate());
        MenteeProfile mentee = input.menteeProfile();
        p.requests = mentee == null || mentee.requests() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(mentee.requests()));
        p.difficulties = mentee == null ? null : blankToNull(mentee.difficulties());
        p.desiredForms = mentee == null || mentee.desiredForms() == null ? new ArrayList<>()
                : mentee.desiredForms().stream().distinct().map(Enum::name).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
