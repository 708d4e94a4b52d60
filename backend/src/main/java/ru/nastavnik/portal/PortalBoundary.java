package ru.nastavnik.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import ru.nastavnik.common.ApiException;
import ru.nastavnik.common.Role;

/**
 * The portal reaches nothing but {@code /api/portal/…} and {@code /api/me}. Every other endpoint already leaves the
 * role out of its {@code @RolesAllowed}; this refuses it once more for all of them at once, so that an endpoint added
 * later with the role in its list still cannot hand the portal anything that was not made for publication.
 */
public class PortalBoundary {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> keepThePortalInside(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.startsWith("/api/portal/") || path.equals("/api/me")
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> portalOnly(identity) ? refusal(path) : null)
                .onFailure().recoverWithNull();
    }

    /** A user holding a stronger role acts with it (see {@link Role}); only a portal-only caller is kept inside. */
    private static boolean portalOnly(SecurityIdentity identity) {
        return identity.hasRole(Role.PORTAL) && !identity.hasRole(Role.REGIONAL) && !identity.hasRole(Role.MUNICIPAL)
                && !identity.hasRole(Role.SCHOOL);
    }

    private static Response refusal(String path) {
        return Response.status(Response.Status.FORBIDDEN).type("application/problem+json")
                .entity(ApiException.forbidden("Портал читает только /api/portal/v1 и /api/me.").toProblem(path))
                .build();
    }
}
