package dev.quern.ext.governor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.ext.spi.CancellationHandle;
import dev.quern.ext.spi.ExternalScriptCancelledException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResourceGovernorTest {
  @Test
  void defaultPoolIsTheDocumentedOne() {
    ResourceGovernor g = new ResourceGovernor(100L << 30);
    assertThat(g.pools()).containsExactly(new ExternalResourcePool(2, "default", 100, 20, 0, 2));
    assertThat(g.memoryLimitBytes("default")).isEqualTo((100L << 30) / 100 * 20);
    assertThat(g.niceValue("default")).isZero();
  }

  @Test
  void unknownPoolFallsBackToDefaultAndDefaultCannotBeDropped() {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    assertThat(g.pool("nope").name()).isEqualTo("default");
    assertThatThrownBy(() -> g.drop("DEFAULT")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lowerCpuShareMeansLowerPriority() {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    g.configure(new ExternalResourcePool(256, "p", 10, 20, 0, 1));
    assertThat(g.niceValue("p")).isBetween(1, 19);
  }

  @Test
  void limitsAreValidated() {
    assertThatThrownBy(() -> new ExternalResourcePool(256, "p", 0, 20, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExternalResourcePool(256, "p", 100, 101, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maxProcessesQueuesCallersAndNoneFails() throws Exception {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    g.configure(new ExternalResourcePool(256, "two", 100, 20, 2, 1));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(10);
    for (int i = 0; i < 10; i++) {
      Thread.ofVirtual().start(() -> {
        try (Admission a = g.admit("two", new CancellationHandle())) {
          peak.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.sleep(5);
          running.decrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        done.countDown();
      });
    }
    done.await();
    assertThat(peak.get()).isEqualTo(2);
    assertThat(g.activeProcesses("two")).isZero();
  }

  @Test
  void aQueuedCallerCanBeCancelled() throws Exception {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    g.configure(new ExternalResourcePool(256, "one", 100, 20, 1, 1));
    try (Admission held = g.admit("one", new CancellationHandle())) {
      CancellationHandle c = new CancellationHandle();
      Thread.ofVirtual().start(() -> {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        c.cancel();
      });
      assertThatThrownBy(() -> g.admit("one", c)).isInstanceOf(ExternalScriptCancelledException.class);
      assertThat(g.activeProcesses("one")).isEqualTo(1);
    }
  }

  /**
   * Found while hammering pools with ALTER … RECONFIGURE (ExternalScriptChaosIT): each
   * reconfiguration made a fresh limit, so the scripts already running no longer counted, a whole
   * new MAX_PROCESSES got in beside them and active_processes_count dropped to 0.
   */
  @Test
  void scriptsRunningAcrossAReconfigurationStillCount() throws Exception {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    g.configure(new ExternalResourcePool(256, "one", 100, 20, 1, 1));
    try (Admission running = g.admit("one", new CancellationHandle())) {
      g.configure(new ExternalResourcePool(256, "one", 50, 20, 1, 1));
      assertThat(g.activeProcesses("one")).isEqualTo(1);
      assertThat(g.tryAdmit("one")).isEmpty();
      g.configure(new ExternalResourcePool(256, "one", 50, 20, 2, 1)); // raised: room for one more
      Admission second = g.tryAdmit("one").orElseThrow();
      assertThat(second.pool().maxCpuPercent()).isEqualTo(50);
      second.close();
    }
    assertThat(g.activeProcesses("one")).isZero();
  }

  @Test
  void aQueuedCallerGetsInWhenTheLimitIsRaised() throws Exception {
    ResourceGovernor g = new ResourceGovernor(1L << 30);
    g.configure(new ExternalResourcePool(256, "one", 100, 20, 1, 1));
    try (Admission held = g.admit("one", new CancellationHandle())) {
      java.util.concurrent.CompletableFuture<Admission> queued = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return g.admit("one", new CancellationHandle());
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }, r -> Thread.ofVirtual().start(r));
      g.configure(new ExternalResourcePool(256, "one", 100, 20, 0, 1)); // unlimited
      queued.get(10, java.util.concurrent.TimeUnit.SECONDS).close();
    }
  }
}
