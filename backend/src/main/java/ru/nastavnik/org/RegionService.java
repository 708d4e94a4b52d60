package ru.nastavnik.org;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import ru.nastavnik.common.RowScoped;
import ru.nastavnik.common.Versioned;

@ApplicationScoped
@Transactional
@RowScoped
public class RegionService {

    @Inject
    OrgScope scope;

    public List<RegionView> list() {
        OrgScope.Filter f = scope.regions();
        return Region.<Region>find(f.where(), Sort.by("name"), f.params()).stream().map(RegionView::of).toList();
    }

    public RegionView get(UUID id) {
        return RegionView.of(scope.region(id).orElseThrow(NotFound::region));
    }

    public RegionView update(UUID id, RegionInput input) {
        Region region = scope.region(id).orElseThrow(NotFound::region);
        Versioned.check(input.version(), region.version);
        region.name = input.name().trim();
        region.code = input.code().trim();
        Region.flush();
        return RegionView.of(region);
    }
}
