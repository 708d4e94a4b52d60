package ru.nastavnik.common;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The scope the current transaction shows to PostgreSQL's row-level security, set once per transaction. Callers
 * with a token get theirs from {@link RowScopeInterceptor}; work without one (a public fill link) names the scope
 * it acts in explicitly, and the interceptor then leaves it alone.
 */
@ApplicationScoped
public class TransactionScope {

    private static final Object APPLIED = new Object();

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry registry;

    public boolean applied() {
        return registry.getResource(APPLIED) != null;
    }

    public void apply(String role, UUID region, UUID municipality, UUID school) {
        RowScope.apply(em, role, region, municipality, school);
        registry.putResource(APPLIED, Boolean.TRUE);
    }

    /** Acts as the curator of one school: what a fill link may touch, and no more than its school. */
    public void applySchool(UUID school) {
        apply(Role.SCHOOL, null, null, school);
    }

    /**
     * The start of every request by a personal link, which has no account: learns the school the token belongs to
     * from {@code schoolOf} (a SQL function of the token's hash that bypasses row-level security, named by the code,
     * never by a request) and acts in that school's scope. Gives the token's hash, or nothing for a token that is
     * malformed or unknown.
     */
    public Optional<String> applyLinkSchool(String token, String schoolOf) {
        if (token == null || !token.matches(SecretTokens.SHAPE)) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        UUID school = (UUID) em.createNativeQuery("SELECT " + schoolOf + "(?1)").setParameter(1, hash)
                .getSingleResult();
        if (school == null) {
            return Optional.empty();
        }
        applySchool(school);
        return Optional.of(hash);
    }
}
