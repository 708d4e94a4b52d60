package ru.nastavnik.org;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Parameters;
import ru.nastavnik.common.Caller;

/**
 * The service-layer half of scoping: JPQL conditions that restrict regions, municipalities and schools to what
 * the caller may see. Row-level security in PostgreSQL repeats the same rules.
 */
@ApplicationScoped
public class OrgScope {

    /** A JPQL condition over the entity queried by Panache, with its parameters. */
    public record Filter(String where, Parameters params) {

        public Filter and(String condition) {
            return new Filter("(" + where + ") and (" + condition + ")", copy());
        }

        public Filter and(String condition, String name, Object value) {
            return new Filter("(" + where + ") and (" + condition + ")", copy().and(name, value));
        }

        private Parameters copy() {
            Parameters p = new Parameters();
            params.map().forEach(p::and);
            return p;
        }
    }

    @Inject
    Caller caller;

    public Filter regions() {
        return switch (caller.role()) {
            case regional, portal -> filter("id = :scopeRegion", "scopeRegion", caller.regionId());
            case municipal -> filter("id = (select m.region.id from Municipality m where m.id = :scopeMunicipality)",
                    "scopeMunicipality", caller.municipalityId());
            case school -> filter("id = (select s.municipality.region.id from School s where s.id = :scopeSchool)",
                    "scopeSchool", caller.schoolId());
        };
    }

    public Filter municipalities() {
        return switch (caller.role()) {
            case regional, portal -> filter("region.id = :scopeRegion", "scopeRegion", caller.regionId());
            case municipal -> filter("id = :scopeMunicipality", "scopeMunicipality", caller.municipalityId());
            case school -> filter("id = (select s.municipality.id from School s where s.id = :scopeSchool)",
                    "scopeSchool", caller.schoolId());
        };
    }

    public Filter schools() {
        return switch (caller.role()) {
            case regional, portal -> filter("municipality.region.id = :scopeRegion", "scopeRegion", caller.regionId());
            case municipal -> filter("municipality.id = :scopeMunicipality", "scopeMunicipality",
                    caller.municipalityId());
            case school -> filter("id = :scopeSchool", "scopeSchool", caller.schoolId());
        };
    }

    public Optional<School> school(UUID id) {
        Filter f = schools().and("id = :id", "id", id);
        return School.find(f.where(), f.params()).firstResultOptional();
    }

    public Optional<Municipality> municipality(UUID id) {
        Filter f = municipalities().and("id = :id", "id", id);
        return Municipality.find(f.where(), f.params()).firstResultOptional();
    }

    public Optional<Region> region(UUID id) {
        Filter f = regions().and("id = :id", "id", id);
        return Region.find(f.where(), f.params()).firstResultOptional();
    }

    private static Filter filter(String where, String name, Object value) {
        return new Filter(where, Parameters.with(name, value));
    }
}
