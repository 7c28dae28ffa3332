package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class NextRequestWaitTest {
  private static final long LONG_WINDOW = TimeUnit.SECONDS.toNanos(30);

  @Test
  void aSessionIsWorthWaitingForOnlyAfterARequestThatCameWithinTheWindow() throws Exception {
    NextRequestWait quick = new NextRequestWait(LONG_WINDOW, new Semaphore(1));
    assertThat(quick.worthWaiting()).isFalse(); // nothing answered yet
    quick.answered();
    quick.arrived();
    assertThat(quick.worthWaiting()).isTrue();

    NextRequestWait slow = new NextRequestWait(TimeUnit.MICROSECONDS.toNanos(1), new Semaphore(1));
    slow.answered();
    Thread.sleep(2);
    slow.arrived();
    assertThat(slow.worthWaiting()).isFalse();
  }

  @Test
  void aZeroWindowNeverWaits() {
    NextRequestWait off = new NextRequestWait(0, new Semaphore(1));
    off.answered();
    off.arrived();
    assertThat(off.worthWaiting()).isFalse();
  }

  @Test
  void theWaitEndsAsSoonAsThereIsSomethingToDo() throws Exception {
    NextRequestWait wait = new NextRequestWait(LONG_WINDOW, new Semaphore(1));
    AtomicBoolean ready = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    Thread other = Thread.ofPlatform().start(() -> {
      try {
        started.await();
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ready.set(true);
    });
    started.countDown();
    long t0 = System.nanoTime();
    assertThat(wait.await(ready::get)).isTrue();
    assertThat(System.nanoTime() - t0).isLessThan(LONG_WINDOW);
    other.join();
  }

  @Test
  void aWaitWithNothingComingEndsEmptyHandedWhenTheWindowCloses() {
    NextRequestWait wait = new NextRequestWait(TimeUnit.MILLISECONDS.toNanos(5), new Semaphore(1));
    assertThat(wait.await(() -> false)).isFalse();
  }

  @Test
  void noMoreThreadsWaitAtOnceThanThereArePermits() throws Exception {
    Semaphore permits = new Semaphore(1);
    NextRequestWait first = new NextRequestWait(LONG_WINDOW, permits);
    NextRequestWait second = new NextRequestWait(LONG_WINDOW, permits);
    AtomicBoolean release = new AtomicBoolean();
    CountDownLatch inside = new CountDownLatch(1);
    Thread waiter = Thread.ofPlatform().start(() -> first.await(() -> {
      inside.countDown();
      return release.get();
    }));
    inside.await();
    // The one permit is taken: the second session's thread goes back to the pool at once.
    assertThat(second.await(() -> false)).isFalse();
    release.set(true);
    waiter.join();
    assertThat(permits.availablePermits()).isEqualTo(1);
  }
}
