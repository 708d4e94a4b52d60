package ru.nastavnik.common;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Runs inside the transaction (after {@code @Transactional}, whose priority is PLATFORM_BEFORE + 200) and sets
 * transaction-local settings that the row-level security policies read. Without them a policy shows no rows.
 */
@RowScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class RowScopeInterceptor {

    @Inject
    Caller caller;

    @Inject
    TransactionScope scope;

    @Inject
    TransactionManager tm;

    @AroundInvoke
    Object apply(InvocationContext ctx) throws Exception {
        if (inTransaction() && !scope.applied()) {
            scope.apply(caller.role().name(), caller.regionId(), caller.municipalityId(), caller.schoolId());
        }
        return ctx.proceed();
    }

    private boolean inTransaction() throws SystemException {
        return tm.getStatus() == Status.STATUS_ACTIVE;
    }
}
