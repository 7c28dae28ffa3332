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
}
