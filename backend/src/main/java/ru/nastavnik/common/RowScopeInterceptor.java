package ru.nastavnik.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs inside the transaction (after {@code @Transactional}, whose priority is PLATFORM_BEFORE + 200) and sets
 * transaction-local settings that the row-level security policies read. Without them a policy shows no rows.
 */
@RowScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class RowScopeInterceptor {

    private static final Object APPLIED = new Object();

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager tm;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object apply(InvocationContext ctx) throws Exception {
        if (inTransaction() && registry.getResource(APPLIED) == null) {
            RowScope.apply(em, caller.role().name(), caller.regionId(), caller.municipalityId(), caller.schoolId());
            registry.putResource(APPLIED, Boolean.TRUE);
        }
        return ctx.proceed();
    }

    private boolean inTransaction() throws SystemException {
        return tm.getStatus() == Status.STATUS_ACTIVE;
    }
}
