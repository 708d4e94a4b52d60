package ru.nastavnik.common;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and what they may see, decided from the verified access token only. The scope ids come from the
 * Keycloak user attributes region_id, municipality_id and school_id.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Role role;
    private UUID regionId;
    private UUID municipalityId;
    private UUID schoolId;
    private String actingFor;

    public Role role() {
        resolve();
        return role;
    }

    public UUID regionId() {
        resolve();
        return regionId;
    }

    public UUID municipalityId() {
        resolve();
        return municipalityId;
    }

    public UUID schoolId() {
        resolve();
        return schoolId;
    }

    public boolean is(Role r) {
        return role() == r;
    }

    /**
     * Acts for a user who is not the one calling now: work that runs in the background (an import) carries the
     * scope its owner had when they started it. Only where no one is calling, so that no request can widen its own
     * scope.
     */
    public void actAs(Role role, UUID region, UUID municipality, UUID school, String username) {
        if (!identity.isAnonymous() || this.role != null) {
            throw new IllegalStateException("Only background work may act for another user");
        }
        this.role = role;
        this.regionId = region;
        this.municipalityId = municipality;
        this.schoolId = school;
        this.actingFor = username;
    }

    public String username() {
        if (actingFor != null) {
            return actingFor;
        }
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String fullName() {
        if (actingFor != null) {
            return actingFor;
        }
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    private void resolve() {
        if (role != null) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Role found = null;
        for (Role r : Role.values()) {
            if (identity.hasRole(r.name())) {
                found = r;
                break;
            }
        }
        if (found == null) {
            throw ApiException.forbidden("У учётной записи нет роли в системе наставничества.");
        }
        UUID region = claim("region_id").orElse(null);
        UUID municipality = claim("municipality_id").orElse(null);
        UUID school = claim("school_id").orElse(null);
        boolean complete = switch (found) {
            case regional, portal -> region != null;
            case municipal -> municipality != null;
            case school -> school != null;
        };
        if (!complete) {
            throw ApiException.forbidden("Учётная запись не привязана к региону, муниципалитету или организации.");
        }
        regionId = region;
        municipalityId = found == Role.municipal || found == Role.school ? municipality : null;
        schoolId = found == Role.school ? school : null;
        role = found;
    }

    private Optional<UUID> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().replace("\"", "").trim();
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw ApiException.forbidden("Атрибут " + name + " учётной записи имеет неверный формат.");
        }
    }
}
