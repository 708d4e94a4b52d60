package ru.nastavnik.common;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;


/** Flushes now so that a unique key violated by the request becomes a field error, not a failed commit. */
public final class Constraints {

    private Constraints() {
    }

    public static void flush(EntityManager em, String constraint, Supplier<ApiException> onViolation) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof ConstraintViolationException cve && cve.getConstraintName() != null
                        && cve.getConstraintName().equals(constraint)) {
                    throw onViolation.get();
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
