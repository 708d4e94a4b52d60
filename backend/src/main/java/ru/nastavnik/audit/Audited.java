package ru.nastavnik.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks an endpoint whose every successful call leaves an entry in the audit trail, written in the same transaction
 * as what the call changes (see {@link AuditInterceptor}). Where it belongs, the object and the person concerned are
 * read from the address; a service adds what the address does not say through {@link AuditLog}.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    @Nonbinding
    AuditAction value() default AuditAction.PARTICIPANT_UPDATED;

    /** For an endpoint reached by a personal link rather than an account: who holds that link. */
    @Nonbinding
    String holder() default "";
}
