package ru.nastavnik.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ru.nastavnik.matching.solver.Availability;
import ru.nastavnik.matching.solver.ExcludedPair;
import ru.nastavnik.matching.solver.FormRules;
import ru.nastavnik.matching.solver.MatchingProblem;
import ru.nastavnik.matching.solver.MenteeCandidate;
import ru.nastavnik.matching.solver.MentorCandidate;
import ru.nastavnik.matching.solver.MentorshipShape;
import ru.nastavnik.participant.MentoringForm;
import ru.nastavnik.participant.Participant;
import ru.nastavnik.participant.ParticipantKind;
import ru.nastavnik.questionnaire.Purpose;

/**
 * Who a run may consider, read from the participants' profiles under the caller's scope: mentor and mentee
 * candidates of the form's kinds with a consent in force and a filled questionnaire (a current mentor application
 * for mentors, a current mentee request for mentees). A questionnaire made for one form counts only for runs of
 * that form; a general one counts for every form. Mentorships in any school count: a mentee already in an open
 * (proposed, approved or active) mentorship of the form, or a mentor leading one, is marked as taken, and a
 * mentor's places already used in any form are taken off their capacity.
 */
@ApplicationScoped
class CandidatePool {

    /** A problem ready for the engine, with where each candidate studies or works. */
    record Pool(MatchingProblem problem, Map<UUID, UUID> schoolOf) {
    }

    /** Restricts a pool to a run's own candidates when its proposals are re-evaluated; null means everyone. */
    record Only(Collection<UUID> mentors, Collection<UUID> mentees) {
    }

    private record Commitment(boolean menteeOfForm, boolean mentorOfForm, int mentorLoad) {
    }

    @Inject
    EntityManager em;

    /**
     * @param ignoredMentorships mentorships that do not make anyone taken: those a run created from its own
     *                           accepted proposals, when the run's proposals are re-evaluated
     */
    Pool load(MatchScope scope, MentoringForm form, MentorshipShape shape, MatchWeights weights, Only only,
            Collection<UUID> ignoredMentorships) {
        Set<ParticipantKind> mentorKinds = FormRules.mentorKinds(form);
        Set<ParticipantKind> menteeKinds = FormRules.menteeKinds(form);
        Set<ParticipantKind> kinds = EnumSet.copyOf(mentorKinds);
        kinds.addAll(menteeKinds);
        String where = scope.municipal() ? "p.school.municipality.id = :scope and p.school.archived = false"
                : "p.school.id = :scope";
        TypedQuery<Participant> query = em.createQuery("select p from Participant p where " + where
                + " and p.kind in :kinds and (p.mentorCandidate = true or p.menteeCandidate = true)"
                + " and exists (select 1 from Consent c where c.participant = p and c.withdrawnOn is null)"
                + (only != null ? " and p.id in :only" : ""), Participant.class)
                .setParameter("scope", scope.municipal() ? scope.municipalityId() : scope.schoolId())
                .setParameter("kinds", kinds);
        if (only != null) {
            Set<UUID> ids = new HashSet<>(only.mentors());
            ids.addAll(only.mentees());
            query.setParameter("only", ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids);
        }
        List<Participant> people = query.getResultList();

        List<Participant> mentors = people.stream().filter(p -> p.mentorCandidate && mentorKinds.contains(p.kind)
                && (only == null || only.mentors().contains(p.id))).toList();
        List<Participant> mentees = people.stream().filter(p -> p.menteeCandidate && menteeKinds.contains(p.kind)
                && (only == null || only.mentees().contains(p.id))).toList();
        Set<UUID> appliedAsMentor = filled(ids(mentors), Purpose.APPLICATION, form);
        Set<UUID> requestedMentor = filled(ids(mentees), Purpose.REQUEST, form);
        Map<UUID, Commitment> commitments = commitments(ids(people), form, ignoredMentorships);

        Map<UUID, UUID> schoolOf = new HashMap<>();
        List<MentorCandidate> mentorCandidates = new ArrayList<>();
        for (Participant p : mentors) {
            if (appliedAsMentor.contains(p.id)) {
                schoolOf.put(p.id, p.school.id);
                mentorCandidates.add(mentor(p, commitments.get(p.id), form, shape));
            }
        }
        List<MenteeCandidate> menteeCandidates = new ArrayList<>();
        for (Participant p : mentees) {
            if (requestedMentor.contains(p.id)) {
                schoolOf.put(p.id, p.school.id);
                Commitment c = commitments.get(p.id);
                menteeCandidates.add(new MenteeCandidate(p.id, p.school.id, p.kind, p.birthDate,
                        FormRules.gradeOf(p.gradeOrPosition), p.experienceYears, Set.copyOf(p.requests),
                        p.difficulties, Availability.parse(p.availability), forms(p.desiredForms),
                        c != null && c.menteeOfForm(), p.preferences));
            }
        }
        MatchingProblem problem = new MatchingProblem(form, scope.runScope(), shape, mentorCandidates,
                menteeCandidates, exclusions(scope), weights.toEngine());
        return new Pool(problem, schoolOf);
    }

    /**
     * A mentor already leading a mentorship of the form, or with every place taken in any form, sits the run out
     * as taken; otherwise a group run offers the places still free.
     */
    private static MentorCandidate mentor(Participant p, Commitment c, MentoringForm form, MentorshipShape shape) {
        int declared = p.capacity != null ? p.capacity : 1;
        int free = declared - (c != null ? c.mentorLoad() : 0);
        boolean taken = (c != null && c.mentorOfForm()) || free < 1;
        Integer capacity = taken ? null : shape == MentorshipShape.GROUP ? Integer.valueOf(free) : Integer.valueOf(1);
        return new MentorCandidate(p.id, p.school.id, p.kind, p.birthDate, FormRules.gradeOf(p.gradeOrPosition),
                p.experienceYears, Set.copyOf(p.competencies), capacity, Availability.parse(p.availability),
                forms(p.formsAccepted), taken, p.preferences);
    }

    Set<ExcludedPair> exclusions(MatchScope scope) {
        List<MatchExclusion> found = scope.municipal()
                ? MatchExclusion.list("municipalityId", scope.municipalityId())
                : MatchExclusion.list("schoolId", scope.schoolId());
        return found.stream().map(e -> new ExcludedPair(e.mentorId, e.menteeId)).collect(Collectors.toSet());
    }

    private Set<UUID> filled(List<UUID> ids, Purpose purpose, MentoringForm form) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> found = em.createNativeQuery("SELECT * FROM match_questionnaire_filled("
                + "CAST(string_to_array(:ids, ',') AS uuid[]), :purpose, :form)", UUID.class)
                .setParameter("ids", joined(ids)).setParameter("purpose", purpose.name())
                .setParameter("form", form.name()).getResultList();
        return new HashSet<>(found);
    }

    private Map<UUID, Commitment> commitments(List<UUID> ids, MentoringForm form, Collection<UUID> ignored) {
        Map<UUID, Commitment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT participant_id, mentee_of_form, mentor_of_form, mentor_load"
                + " FROM match_commitments(CAST(string_to_array(:ids, ',') AS uuid[]), :form,"
                + " CAST(string_to_array(:ignored, ',') AS uuid[]))")
                .setParameter("ids", joined(ids)).setParameter("form", form.name())
                .setParameter("ignored", joined(ignored)).getResultList();
        for (Object[] row : rows) {
            found.put((UUID) row[0], new Commitment((Boolean) row[1], (Boolean) row[2], ((Number) row[3]).intValue()));
        }
        return found;
    }

    private static String joined(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private static List<UUID> ids(List<Participant> people) {
        return people.stream().map(p -> p.id).toList();
    }

    /** Forms as the profile stores them; anything that is no longer a form is ignored. */
    private static Set<MentoringForm> forms(List<String> names) {
        Set<MentoringForm> forms = EnumSet.noneOf(MentoringForm.class);
        for (String name : names) {
            for (MentoringForm f : MentoringForm.values()) {
                if (f.name().equals(name)) {
                    forms.add(f);
                }
            }
        }
        return forms;
    }
}
