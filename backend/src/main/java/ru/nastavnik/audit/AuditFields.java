package ru.nastavnik.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The names of the fields that differ between two views of a record; values never leave this class. */
final class AuditFields {

    /** Bookkeeping, not personal data: an id, where the record lives, when it was written, its version. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "schoolId", "createdAt", "updatedAt", "version");

    private AuditFields() {
    }

    static List<String> changed(Object before, Object after) {
        Object shape = before != null ? before : after;
        List<String> names = new ArrayList<>();
        if (shape == null || !shape.getClass().isRecord()) {
            return names;
        }
        collect("", shape.getClass().getRecordComponents(), before, after, names);
        return names;
    }

    private static void collect(String prefix, RecordComponent[] components, Object before, Object after,
            List<String> names) {
        for (RecordComponent c : components) {
            if (prefix.isEmpty() && BOOKKEEPING.contains(c.getName())) {
                continue;
            }
            Object was = value(c, before);
            Object is = value(c, after);
            if (Objects.equals(was, is)) {
                continue;
            }
            Class<?> type = c.getType();
            if (type.isRecord() && was != null && is != null) {
                collect(prefix + c.getName() + ".", type.getRecordComponents(), was, is, names);
            } else {
                names.add(prefix + c.getName());
            }
        }
    }

    private static Object value(RecordComponent c, Object record) {
        if (record == null) {
            return null;
        }
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }
}
