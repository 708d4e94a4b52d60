package ru.nastavnik.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.org.OrgScope;

/** A school or municipality outside the caller's scope answers 404, exactly like one that does not exist. */
@ApplicationScoped
class MatchScopes {

    @Inject
    OrgScope orgScope;

    void check(MatchScope scope) {
        if (scope.municipal()) {
            orgScope.municipality(scope.municipalityId())
                    .orElseThrow(() -> ApiException.notFound("Муниципалитет не найден"));
        } else {
            orgScope.school(scope.schoolId()).orElseThrow(() -> ApiException.notFound("Организация не найдена"));
        }
    }
}
