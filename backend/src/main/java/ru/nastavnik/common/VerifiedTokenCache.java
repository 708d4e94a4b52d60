package ru.nastavnik.common;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once and trusts the identity it produced for the same token bytes until the token expires,
 * at most {@link TokenCacheConfig#maxAge()} after the verification. Clients send the same access token with every
 * request for its whole lifetime, and verifying its RSA signature and claims again each time cost the API more CPU
 * than the rest of a list request.
 *
 * <p>Why this is as safe as verifying every request:
 * <ul>
 * <li>an identity is found only under the SHA-256 of the exact token string that quarkus-oidc verified, and the
 * string itself is compared on every hit: a token that differs by one byte is verified on its own and fails;</li>
 * <li>the token's {@code exp} is checked on every hit: an expired token is refused exactly when quarkus-oidc would
 * refuse it (no clock skew is allowed there either);</li>
 * <li>revocation was never detected: the API verifies tokens locally against Keycloak's public keys and never asks
 * Keycloak whether a token is still active, so a cached token is refused no later than before, except that a signing
 * key removed from Keycloak stops being accepted up to {@code maxAge} later;</li>
 * <li>only successes are remembered: a token that fails is verified again, and fails again, every time;</li>
 * <li>tokens bound to something in the request (DPoP proofs, client certificates) and step-up authentication are
 * always left to quarkus-oidc, which checks the binding on each request.</li>
 * </ul>
 * Roles, scopes and claims come from the identity quarkus-oidc built; augmentors and {@link Caller} run on every
 * request, hit or miss, as before.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Where quarkus-oidc keeps an endpoint's step-up authentication policy (its key is private there). */
    private static final String STEP_UP_POLICY = "io.quarkus.oidc.runtime.step-up-auth";

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens tokens;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokenCache(OidcIdentityProvider oidc, TokenCacheConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        this.tokens = new VerifiedTokens(config.maxSize(), config.maxAge(), Clock.systemUTC());
        this.hits = Counter.builder("nastavnik.token.cache.hits")
                .description("Requests whose bearer token had been verified already").register(registry);
        this.misses = Counter.builder("nastavnik.token.cache.misses")
                .description("Requests whose bearer token quarkus-oidc verified").register(registry);
        Gauge.builder("nastavnik.token.cache.size", tokens, VerifiedTokens::size)
                .description("Verified bearer tokens remembered now").register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Just before quarkus-oidc's own provider, which it calls on a miss and which the manager would call next. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!(request.getToken() instanceof AccessTokenCredential) || http == null || boundToRequest(http)) {
            // quarkus-oidc, next in line, handles it as if this provider did not exist.
            return Uni.createFrom().nullItem();
        }
        String tenant = String.valueOf((Object) http.get(OidcUtils.TENANT_ID_ATTRIBUTE));
        String token = request.getToken().getToken();
        Optional<SecurityIdentity> known = tokens.get(tenant, token, http, context);
        if (known.isPresent()) {
            hits.increment();
            return Uni.createFrom().item(known.get());
        }
        misses.increment();
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt
                    && token.equals(jwt.getRawToken()) && jwt.getClaim(Claims.exp.name()) instanceof Number exp) {
                tokens.put(tenant, token, identity, exp.longValue() * 1000);
            }
        });
    }

    private static boolean boundToRequest(RoutingContext http) {
        return http.get(OidcUtils.DPOP_PROOF) != null || http.get(OidcConstants.X509_SHA256_THUMBPRINT) != null
                || http.get(STEP_UP_POLICY) != null;
    }
}
