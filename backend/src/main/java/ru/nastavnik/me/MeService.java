package ru.nastavnik.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.org.Municipality;
import ru.nastavnik.org.OrgScope;
import ru.nastavnik.org.Region;
import ru.nastavnik.org.School;

@ApplicationScoped
@Transactional
@RowScoped
public class MeService {

    @Inject
    Caller caller;

    @Inject
    OrgScope scope;

    public MeView me() {
        School school = caller.schoolId() == null ? null
                : scope.school(caller.schoolId()).orElseThrow(MeService::unknownScope);
        Municipality municipality = school != null ? school.municipality
                : caller.municipalityId() == null ? null
                        : scope.municipality(caller.municipalityId()).orElseThrow(MeService::unknownScope);
        Region region = municipality != null ? municipality.region
                : scope.region(caller.regionId()).orElseThrow(MeService::unknownScope);
        return new MeView(caller.username(), caller.fullName(), caller.role(), region.id, region.name,
                municipality == null ? null : municipality.id, municipality == null ? null : municipality.name,
                school == null ? null : school.id, school == null ? null : school.shortName);
    }

    private static ApiException unknownScope() {
        return ApiException.forbidden("Организация, муниципалитет или регион учётной записи не найдены в системе.");
    }
}
