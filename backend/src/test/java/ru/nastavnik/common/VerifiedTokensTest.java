package ru.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** The rules of the verified-token cache that HTTP tests cannot reach cheaply: its bound and its clock. */
class VerifiedTokensTest {

    private static final String TENANT = "Default";
    private static final long START = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();

    private final AtomicLong now = new AtomicLong(START);
    private final Clock clock = new Clock() {
        @Override
        public long millis() {
            return now.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void holdsNoMoreTokensThanItsBound() {
        VerifiedTokens tokens = new VerifiedTokens(3, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 20; i++) {
            tokens.put(TENANT, "token-" + i, identity("user-" + i, request()), START + 3_600_000);
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(3);
        long remembered = 0;
        for (int i = 0; i < 20; i++) {
            remembered += tokens.get(TENANT, "token-" + i, request(), null).isPresent() ? 1 : 0;
        }
        assertThat(remembered).isBetween(1L, 3L);
    }

    @Test
    void aBoundOfZeroRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0, Duration.ofSeconds(60), clock);
        tokens.put(TENANT, "t", identity("school", request()), START + 3_600_000);
        assertThat(tokens.get(TENANT, "t", request(), null)).isEmpty();
    }

    @Test
    void aTokenIsUsableUntilItsExpiryAndNotOneMillisecondLonger() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        tokens.put(TENANT, "t", identity("school", request()), START + 30_000);
        now.set(START + 29_999);
        assertThat(tokens.get(TENANT, "t", request(), null)).isPresent();
        now.set(START + 30_000);
        assertThat(tokens.get(TENANT, "t", request(), null)).isEmpty();
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsMaximumAgeHasPassedThoughItHasNotExpired() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        tokens.put(TENANT, "t", identity("school", request()), START + 3_600_000);
        now.set(START + 59_999);
        assertThat(tokens.get(TENANT, "t", request(), null)).isPresent();
        now.set(START + 60_000);
        assertThat(tokens.get(TENANT, "t", request(), null)).isEmpty();
    }

    @Test
    void anExpiredTokenOrOneWithoutExpiryIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        tokens.put(TENANT, "expired", identity("school", request()), START);
        tokens.put(TENANT, "no-exp", identity("school", request()), 0);
        assertThat(tokens.get(TENANT, "expired", request(), null)).isEmpty();
        assertThat(tokens.get(TENANT, "no-exp", request(), null)).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsFoundOnlyUnderItsExactBytesAndItsTenant() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        tokens.put(TENANT, "header.payload.signature", identity("school", request()), START + 60_000);
        assertThat(tokens.get(TENANT, "header.payload.signaturf", request(), null)).isEmpty();
        assertThat(tokens.get(TENANT, "header.payload.signature ", request(), null)).isEmpty();
        assertThat(tokens.get("other", "header.payload.signature", request(), null)).isEmpty();
        assertThat(tokens.get(TENANT, "header.payload.signature", request(), null)).isPresent();
    }

    @Test
    void aRememberedIdentityKeepsEverythingOfTheTokenAndTakesTheRequestFromTheCurrentOne() {
        VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        RoutingContext verifiedIn = request();
        SecurityIdentity verified = identity("school", verifiedIn);
        tokens.put(TENANT, "t", verified, START + 60_000);

        RoutingContext current = request();
        AuthenticationRequestContext blocking = supplier -> null;
        SecurityIdentity found = tokens.get(TENANT, "t", current, blocking).orElseThrow();
        assertThat(found.getPrincipal()).isSameAs(verified.getPrincipal());
        assertThat(found.getRoles()).isEqualTo(Set.of("school"));
        assertThat(found.getCredentials()).isEqualTo(verified.getCredentials());
        assertThat(found.getPermissions()).isEqualTo(verified.getPermissions());
        assertThat(found.checkPermission(new StringPermission("openid")).await().indefinitely()).isTrue();
        assertThat(found.checkPermission(new StringPermission("admin")).await().indefinitely()).isFalse();
        assertThat((String) found.getAttribute("tenant-id")).isEqualTo(TENANT);
        assertThat((Object) found.getAttribute(RoutingContext.class.getName())).isSameAs(current);
        assertThat((Object) found.getAttribute(AuthenticationRequestContext.class.getName())).isSameAs(blocking);
        assertThat(found.isAnonymous()).isFalse();
    }

    private static SecurityIdentity identity(String name, RoutingContext request) {
        Principal principal = () -> name;
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(principal)
                .addRole(name)
                .addCredential(new AccessTokenCredential("token of " + name))
                .addPermissionAsString("openid")
                .addAttribute("tenant-id", TENANT)
                .addAttribute(RoutingContext.class.getName(), request)
                .build();
    }

    /** A stand-in for a request: only its identity matters here. */
    private static RoutingContext request() {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
