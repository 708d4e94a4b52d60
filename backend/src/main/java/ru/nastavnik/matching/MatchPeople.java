package ru.nastavnik.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ru.nastavnik.participant.Participant;

/**
 * Names, class or position and school of the people a run shows, read under the caller's scope: someone the
 * caller may no longer see (a consent withdrawn, for a municipal coordinator) is shown by id alone.
 */
@ApplicationScoped
class MatchPeople {

    @Inject
    EntityManager em;

    Map<UUID, MatchPerson> of(Collection<UUID> ids) {
        Map<UUID, MatchPerson> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("select p from Participant p join fetch p.school where p.id in :ids", Participant.class)
                .setParameter("ids", ids).getResultList()
                .forEach(p -> found.put(p.id, new MatchPerson(p.id, p.fullName, p.kind, p.gradeOrPosition,
                        p.school.id, p.school.shortName)));
        return found;
    }

    static MatchPerson get(Map<UUID, MatchPerson> people, UUID id, UUID schoolId) {
        MatchPerson p = people.get(id);
        return p != null ? p : new MatchPerson(id, null, null, null, schoolId, null);
    }

    static String name(Map<UUID, MatchPerson> people, UUID id) {
        MatchPerson p = people.get(id);
        return p != null && p.fullName() != null ? p.fullName() : "Участник";
    }
}
