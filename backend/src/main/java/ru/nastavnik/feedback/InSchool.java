package ru.nastavnik.feedback;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import ru.nastavnik.common.TransactionScope;

/**
 * A transaction of the background task, scoped to one school for row-level security exactly as that school's
 * curator's would be: the task reaches one school at a time, and nothing beyond it.
 */
@ApplicationScoped
class InSchool {

    @Inject
    TransactionScope scope;

    <T> T call(UUID school, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            scope.applySchool(school);
            return work.get();
        });
    }

    void run(UUID school, Runnable work) {
        call(school, () -> {
            work.run();
            return null;
        });
    }
}
