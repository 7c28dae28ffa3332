package dev.quern.ext.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ScriptSession;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Satellites kept for their sessions' next calls: who gets one back, and when one goes. */
class ParkedSatellitesTest {
  final FakeHosts hosts = new FakeHosts();
  final SatellitePool<FakeHosts.Sat> pool = new SatellitePool<>(hosts, PoolSettings.defaults().withSpares(1).withMaxParked(2));
  static final PoolKey ALICE = new PoolKey("Python", "alice", "default");
  static final PoolKey BOB = new PoolKey("Python", "bob", "default");
  static final String PROFILE = "default pool, no libraries";

  @AfterEach
  void close() {
    pool.close();
  }

  /** A satellite that served a call and was detached from its lease, as the runtime does. */
  private FakeHosts.Sat served(PoolKey key) throws Exception {
    Lease<FakeHosts.Sat> lease = pool.acquire(key, new CancellationHandle());
    assertThat(lease.detach()).isTrue();
    assertThat(lease.release()).isFalse(); // the lease has ended; the satellite lives on
    return lease.satellite();
  }

  @Test
  void theSameSessionGetsItsSatelliteBackOnce() throws Exception {
    try (ScriptSession session = new ScriptSession()) {
      FakeHosts.Sat s = served(ALICE);
      pool.park(session, ALICE, PROFILE, s);
      Lease<FakeHosts.Sat> again = pool.takeParked(session, ALICE, PROFILE);
      assertThat(again.satellite()).isSameAs(s);
      assertThat(pool.takeParked(session, ALICE, PROFILE)).isNull(); // taken: parked no more
      assertThat(again.release()).isTrue();
      assertThat(s.closes.get()).isEqualTo(1);
    }
  }

  @Test
  void anotherSessionFindsNothing() throws Exception {
    try (ScriptSession a = new ScriptSession(); ScriptSession b = new ScriptSession()) {
      pool.park(a, ALICE, PROFILE, served(ALICE));
      assertThat(pool.takeParked(b, ALICE, PROFILE)).isNull();
      assertThat(pool.parkedCount()).isEqualTo(1);
    }
  }

  @Test
  void aCallOfAnotherKeyOrProfileGetsNoneAndTheKeptOneIsClosed() throws Exception {
    try (ScriptSession session = new ScriptSession()) {
      FakeHosts.Sat s = served(ALICE);
      pool.park(session, ALICE, PROFILE, s);
      assertThat(pool.takeParked(session, BOB, PROFILE)).isNull();
      assertThat(s.closes.get()).isEqualTo(1);
      FakeHosts.Sat t = served(ALICE);
      pool.park(session, ALICE, PROFILE, t);
      assertThat(pool.takeParked(session, ALICE, "another pool")).isNull();
      assertThat(t.closes.get()).isEqualTo(1);
    }
  }

  @Test
  void aDeadOneIsNotHandedOut() throws Exception {
    try (ScriptSession session = new ScriptSession()) {
      FakeHosts.Sat s = served(ALICE);
      pool.park(session, ALICE, PROFILE, s);
      s.kill(); // the OOM killer, an operator
      assertThat(pool.takeParked(session, ALICE, PROFILE)).isNull();
    }
  }

  @Test
  void endingTheSessionClosesWhatItKeepsAndParksNothingAfter() throws Exception {
    ScriptSession session = new ScriptSession();
    FakeHosts.Sat s = served(ALICE);
    pool.park(session, ALICE, PROFILE, s);
    session.close();
    assertThat(s.closes.get()).isEqualTo(1);
    assertThat(pool.parkedCount()).isZero();
    FakeHosts.Sat late = served(ALICE);
    pool.park(session, ALICE, PROFILE, late);
    assertThat(late.closes.get()).isEqualTo(1);
    assertThat(pool.parkedCount()).isZero();
  }

  @Test
  void beyondTheCapTheOneParkedLongestAgoGoes() throws Exception {
    ScriptSession a = new ScriptSession();
    ScriptSession b = new ScriptSession();
    ScriptSession c = new ScriptSession();
    FakeHosts.Sat first = served(ALICE);
    pool.park(a, ALICE, PROFILE, first);
    pool.park(b, ALICE, PROFILE, served(ALICE));
    pool.park(c, ALICE, PROFILE, served(ALICE));
    assertThat(pool.parkedCount()).isEqualTo(2);
    assertThat(first.closes.get()).isEqualTo(1);
    assertThat(pool.takeParked(a, ALICE, PROFILE)).isNull();
    assertThat(pool.takeParked(c, ALICE, PROFILE)).isNotNull();
  }

  @Test
  void idleOnesAreSweptAndTheCapOfZeroKeepsNone() throws Exception {
    try (SatellitePool<FakeHosts.Sat> quick = new SatellitePool<>(hosts, PoolSettings.defaults().withSpares(1).withParkedIdleTimeout(Duration.ofMillis(50)));
        ScriptSession session = new ScriptSession()) {
      Lease<FakeHosts.Sat> lease = quick.acquire(ALICE, new CancellationHandle());
      lease.detach();
      quick.park(session, ALICE, PROFILE, lease.satellite());
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      // The sweeper closes it just after it leaves the count.
      while (lease.satellite().closes.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(quick.parkedCount()).isZero();
      assertThat(lease.satellite().closes.get()).isEqualTo(1);
    }
    try (SatellitePool<FakeHosts.Sat> none = new SatellitePool<>(hosts, PoolSettings.defaults().withSpares(1).withMaxParked(0));
        ScriptSession session = new ScriptSession()) {
      Lease<FakeHosts.Sat> lease = none.acquire(ALICE, new CancellationHandle());
      lease.detach();
      none.park(session, ALICE, PROFILE, lease.satellite());
      assertThat(none.parkedCount()).isZero();
      assertThat(lease.satellite().closes.get()).isEqualTo(1);
    }
  }

  @Test
  void closingThePoolKillsWhatIsParked() throws Exception {
    try (ScriptSession session = new ScriptSession()) {
      FakeHosts.Sat s = served(ALICE);
      pool.park(session, ALICE, PROFILE, s);
      pool.close();
      assertThat(s.kills.get()).isEqualTo(1);
    }
  }
}
