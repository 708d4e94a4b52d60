package ru.nastavnik.imports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import ru.nastavnik.background.ExpiredLeases;

/**
 * Fails the import jobs whose instance stopped: a queued or running job whose lease was reaped, or that never had one
 * (left by a version before leases). Their files were on that instance, so nobody else can run them.
 */
@ApplicationScoped
public class AbandonedImports implements ExpiredLeases {

    private static final Logger LOG = Logger.getLogger(AbandonedImports.class);

    @Inject
    EntityManager em;

    @Override
    public String kind() {
        return "import";
    }

    @Override
    public void reaped(List<String> keys) {
        int failed = ((Number) em.createNativeQuery("SELECT fail_unleased_imports()").getSingleResult()).intValue();
        if (failed > 0) {
            LOG.warnf("%d import jobs of instances that stopped are marked failed", failed);
        }
    }
}
