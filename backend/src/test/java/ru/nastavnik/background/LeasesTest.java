package ru.nastavnik.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The lease is the fence: work whose lease ran out cannot commit, whatever the instance doing it believes. */
@QuarkusTest
class LeasesTest {

    @Inject
    Leases leases;

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    DataSource owner;

    @Test
    void aLeaseIsHeldAndRenewedUntilItIsGivenUp() throws Exception {
        String name = Leases.name("test", UUID.randomUUID());
        assertThat(QuarkusTransaction.requiringNew().call(() -> leases.acquire(name))).isTrue();
        double expiresBefore = expiry(name);
        Thread.sleep(20);
        leases.renew();

        assertThat(expiry(name)).isGreaterThan(expiresBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> leases.holds(name))).isTrue();
        QuarkusTransaction.requiringNew().run(() -> leases.release(name));
        assertThat(expiry(name)).isNull();
    }

    @Test
    void aLeaseThatRanOutCannotBeGivenUpSoTheWorkRollsBack() throws Exception {
        String name = Leases.name("test", UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> leases.acquire(name));
        expire(name);

        assertThat(QuarkusTransaction.requiringNew().call(() -> leases.holds(name))).isFalse();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> leases.release(name)))
                .isInstanceOf(LeaseLost.class);
        leases.renew();
        assertThat(expiry(name)).as("a lost lease is not renewed").isLessThan(now());
    }

    @Test
    void aLeaseThatRanOutCanBeTakenByAnotherInstanceButALiveOneCannot() throws Exception {
        String live = Leases.name("test", UUID.randomUUID());
        String lost = Leases.name("test", UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            leases.acquire(live);
            leases.acquire(lost);
        });
        expire(lost);

        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            var r = s.executeQuery("SELECT lease_acquire('" + live + "', 'other', '1 minute'), lease_acquire('"
                    + lost + "', 'other', '1 minute')");
            r.next();
            assertThat(r.getObject(1)).isNull();
            assertThat(r.getBoolean(2)).isTrue();
        }
        QuarkusTransaction.requiringNew().run(() -> leases.release(live));
    }

    /** When the lease runs out, in seconds since the epoch by the database's clock; null when there is none. */
    private Double expiry(String name) throws Exception {
        try (Connection c = owner.getConnection(); var s = c.createStatement(); var r = s.executeQuery(
                "SELECT extract(epoch FROM expires_at)::float8 FROM background_lease WHERE name = '" + name + "'")) {
            return r.next() ? r.getDouble(1) : null;
        }
    }

    private double now() throws Exception {
        try (Connection c = owner.getConnection(); var s = c.createStatement();
                var r = s.executeQuery("SELECT extract(epoch FROM clock_timestamp())::float8")) {
            r.next();
            return r.getDouble(1);
        }
    }

    private void expire(String name) throws Exception {
        try (Connection c = owner.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE background_lease SET expires_at = clock_timestamp() - interval '1 second'"
                    + " WHERE name = '" + name + "'");
        }
    }
}
