package ru.nastavnik.matching;

import java.util.UUID;

import ru.nastavnik.matching.solver.RunScope;

/** Where runs and exclusions live: a school, or a municipality for municipal runs. Exactly one id is set. */
public record MatchScope(UUID schoolId, UUID municipalityId) {

    public static MatchScope school(UUID id) {
        return new MatchScope(id, null);
    }

    public static MatchScope municipality(UUID id) {
        return new MatchScope(null, id);
    }

    boolean municipal() {
        return municipalityId != null;
    }

    RunScope runScope() {
        return municipal() ? RunScope.MUNICIPALITY : RunScope.SCHOOL;
    }
}
