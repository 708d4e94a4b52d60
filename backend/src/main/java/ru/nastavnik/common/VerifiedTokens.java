package ru.nastavnik.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Identities of bearer tokens whose signature and claims were verified, each usable until the earlier of the token's
 * own {@code exp} and {@code maxAge} after its verification, checked again on every lookup. At most {@code maxSize}
 * entries; the least useful are evicted first.
 *
 * <p>An entry holds the identity without the request it was verified in: what belongs to a request (its routing
 * context, its blocking executor) is taken from the request that looks it up.
 */
final class VerifiedTokens {

    /** Attributes of quarkus-oidc's identity that belong to the request that was authenticated, not to the token. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Cache<String, Verified> entries;
    private final long maxSize;
    private final Duration maxAge;
    private final Clock clock;

    VerifiedTokens(long maxSize, Duration maxAge, Clock clock) {
        this.maxSize = maxSize;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(Expiry.<String, Verified>creating((key, entry) ->
                        Duration.ofMillis(Math.max(0, entry.usableUntil() - clock.millis()))))
                // Eviction in the callers' threads: no pool thread is needed, and a put evicts without waiting for one.
                .executor(Runnable::run)
                .build();
    }

    /**
     * Remembers the identity that verifying {@code token} produced. {@code expiresAt} is the token's {@code exp};
     * a token that has none is never remembered.
     */
    void put(String tenant, String token, SecurityIdentity identity, long expiresAtMillis) {
        long now = clock.millis();
        long usableUntil = Math.min(expiresAtMillis, now + maxAge.toMillis());
        // Caffeine evicts over the bound soon after a put, not at once: a bound of 0 must not let a lookup in between
        // find the entry.
        if (maxSize == 0 || expiresAtMillis <= 0 || usableUntil <= now) {
            return;
        }
        entries.put(key(tenant, token), new Verified(token, withoutRequest(identity), usableUntil));
    }

    /**
     * The identity of {@code token} for the current request, if exactly this token was verified, it has not expired
     * and it was verified less than {@code maxAge} ago.
     */
    Optional<SecurityIdentity> get(String tenant, String token, RoutingContext request,
            AuthenticationRequestContext requestContext) {
        String key = key(tenant, token);
        Verified entry = entries.getIfPresent(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.millis() >= entry.usableUntil() || !entry.token().equals(token)) {
            entries.asMap().remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(forRequest(entry.identity(), request, requestContext));
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /**
     * A copy of quarkus-oidc's identity without the request it came from. quarkus-oidc's identity checks permissions
     * only against those it holds (the token's scopes), which the copy carries, so no checker of the old identity is
     * kept (it would keep the old request alive).
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (!ROUTING_CONTEXT.equals(attribute.getKey()) && !REQUEST_CONTEXT.equals(attribute.getKey())) {
                copy.addAttribute(attribute.getKey(), attribute.getValue());
            }
        }
        return copy.build();
    }

    private static SecurityIdentity forRequest(SecurityIdentity cached, RoutingContext request,
            AuthenticationRequestContext requestContext) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(cached.getPrincipal())
                .addRoles(cached.getRoles())
                .addCredentials(cached.getCredentials())
                .addPermissions(cached.getPermissions())
                .addAttributes(cached.getAttributes());
        if (request != null) {
            identity.addAttribute(ROUTING_CONTEXT, request);
        }
        if (requestContext != null) {
            identity.addAttribute(REQUEST_CONTEXT, requestContext);
        }
        return identity.build();
    }

    /** The token's SHA-256 (with its tenant): a short key that a caller cannot make collide with another token's. */
    private static String key(String tenant, String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(tenant.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Verified(String token, SecurityIdentity identity, long usableUntil) {
    }
}
