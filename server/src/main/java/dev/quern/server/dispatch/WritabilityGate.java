package dev.quern.server.dispatch;

import dev.quern.engine.api.WaitScope;
import dev.quern.engine.session.WaitStatistics;
import io.netty.channel.Channel;
import java.util.function.Function;

/**
 * Blocks a request's virtual thread while its channel is not writable (the outbound buffer is
 * above its high-water mark), so results stream at the client's pace and never pile up in memory.
 * The pipeline calls {@link #signal()} when writability changes.
 */
public final class WritabilityGate {
  /** Re-checks writability at least this often, in case a signal raced the wait. */
  private static final long RECHECK_MILLIS = 50;

  private final Object lock = new Object();
  private volatile Function<String, WaitScope> waits = type -> () -> {};

  /** Blocked writes show as ASYNC_NETWORK_IO waits of the session's request (sys.dm_exec_requests). */
  public void reportWaitsTo(Function<String, WaitScope> waits) {
    this.waits = waits;
  }

  /** Waits until {@code channel} is writable; throws when it has closed. */
  public void await(Channel channel) {
    if (channel.isWritable()) {
      checkActive(channel);
      return;
    }
    try (WaitScope wait = waits.apply(WaitStatistics.ASYNC_NETWORK_IO)) {
      block(channel);
    }
  }

  private void block(Channel channel) {
    while (!channel.isWritable()) {
      if (!channel.isActive()) {
        throw new ClientGoneException();
      }
      synchronized (lock) {
        try {
          lock.wait(RECHECK_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClientGoneException();
        }
      }
    }
    checkActive(channel);
  }

  private static void checkActive(Channel channel) {
    if (!channel.isActive()) {
      throw new ClientGoneException();
    }
  }

  public void signal() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }
}
