package ru.nastavnik.audit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import ru.nastavnik.common.Caller;
import ru.nastavnik.common.RequestIds;
import ru.nastavnik.common.RowScoped;

/**
 * Writes the audit trail. Endpoints marked {@link Audited} write their entry through here; a service that knows more
 * than the address says adds it to the entry of its transaction: the person concerned ({@link #concerning}) and the
 * names of the personal fields it changed ({@link #changed}), never their values.
 */
@ApplicationScoped
public class AuditLog {

    /** What the interceptor learnt from the address and the answer. */
    public record Entry(AuditAction action, UUID region, UUID municipality, UUID school, UUID object, UUID person,
            String holder) {
    }

    /** What services of the current transaction added to its entry. */
    private static final class Notes {
        UUID person;
        UUID school;
        UUID municipality;
        final Set<String> fields = new LinkedHashSet<>();
    }

    private static final Object NOTES = new Object();

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    TransactionSynchronizationRegistry registry;

    /** The person the current transaction's entry concerns, where its address does not name them. */
    public void concerning(UUID participant) {
        notes().person = participant;
    }

    /**
     * The school the current transaction's entry belongs to, where the address names only the municipality or region
     * that acts on the school's record.
     */
    public void belongsToSchool(UUID school) {
        notes().school = school;
    }

    /** The municipality the entry belongs to, where the region acts on a municipality's record. */
    public void belongsToMunicipality(UUID municipality) {
        notes().municipality = municipality;
    }

    /**
     * The personal fields that differ between two views of one record (records, compared component by component,
     * nested records by their components: "mentorProfile.capacity"); null before a creation, after an erasure.
     */
    public void changed(Object before, Object after) {
        notes().fields.addAll(AuditFields.changed(before, after));
    }

    /**
     * An entry written by a service rather than by an {@link Audited} endpoint, where holding the endpoint in one
     * transaction does not fit (an upload that streams in first); it belongs where the caller acts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, UUID object) {
        write(new Entry(action, null, null, null, object, null, ""));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @RowScoped
    public void write(Entry e) {
        Notes notes = (Notes) registry.getResource(NOTES);
        UUID person = e.person() != null ? e.person() : notes == null ? null : notes.person;
        String[] fields = notes == null ? new String[0] : notes.fields.toArray(String[]::new);
        // Whoever calls through a personal link acts as its holder, signed in or not; work without a caller is the
        // system's own.
        String role;
        String login;
        String name;
        if (!e.holder().isEmpty()) {
            role = "link";
            login = "link";
            name = e.holder();
        } else if (identity.isAnonymous()) {
            role = "system";
            login = "system";
            name = "Система";
        } else {
            role = caller.role().name();
            login = caller.username();
            name = caller.fullName();
        }
        // Without a place in the address the entry belongs where the caller acts: the scope this transaction shows
        // to row-level security (a personal link's school among them).
        UUID school = e.school() != null || notes == null ? e.school() : notes.school;
        UUID municipality = e.municipality() != null || notes == null ? e.municipality() : notes.municipality;
        boolean placed = e.region() != null || municipality != null || school != null;
        em.createNativeQuery("""
                INSERT INTO audit_event (actor_role, actor_login, actor_name, region_id, municipality_id, school_id,
                                         category, action, object_type, object_id, participant_id, fields, request_id)
                VALUES (?1, ?2, ?3,
                        CASE WHEN ?4 THEN CAST(nullif(?5, '') AS uuid) ELSE scope_id('region_id') END,
                        CASE WHEN ?4 THEN CAST(nullif(?6, '') AS uuid) ELSE scope_id('municipality_id') END,
                        CASE WHEN ?4 THEN CAST(nullif(?7, '') AS uuid) ELSE scope_id('school_id') END,
                        ?8, ?9, ?10, CAST(nullif(?11, '') AS uuid), CAST(nullif(?12, '') AS uuid),
                        CAST(?13 AS text[]), ?14)
                """)
                .setParameter(1, role).setParameter(2, login).setParameter(3, name).setParameter(4, placed)
                .setParameter(5, text(e.region())).setParameter(6, text(municipality))
                .setParameter(7, text(school)).setParameter(8, e.action().category().name())
                .setParameter(9, e.action().name()).setParameter(10, e.action().objectType())
                .setParameter(11, text(e.object())).setParameter(12, text(person))
                .setParameter(13, arrayLiteral(fields)).setParameter(14, RequestIds.current())
                .executeUpdate();
    }

    private Notes notes() {
        Notes notes = (Notes) registry.getResource(NOTES);
        if (notes == null) {
            notes = new Notes();
            registry.putResource(NOTES, notes);
        }
        return notes;
    }

    private static String text(UUID id) {
        return id == null ? "" : id.toString();
    }

    /** Field names are identifiers (the table's CHECK holds them to that), so they need no quoting. */
    private static String arrayLiteral(String[] fields) {
        return "{" + String.join(",", fields) + "}";
    }
}
