package ru.nastavnik.common;

/** Optimistic locking as the API promises it: an update must carry the version it was based on. */
public final class Versioned {

    private Versioned() {
    }

    public static void check(Integer sent, int current) {
        if (sent == null) {
            throw ApiException.invalid("version", "Укажите версию записи, которую вы изменяете");
        }
        if (sent != current) {
            throw ApiException.staleVersion();
        }
    }
}
