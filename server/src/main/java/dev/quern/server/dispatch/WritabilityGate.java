package dev.quern.server.dispatch;

import io.netty.channel.Channel;

/**
 * Blocks a request's virtual thread while its channel is not writable (the outbound buffer is
 * above its high-water mark), so results stream at the client's pace and never pile up in memory.
 * The pipeline calls {@link #signal()} when writability changes.
 */
public final class WritabilityGate {
  /** Re-checks writability at least this often, in case a signal raced the wait. */
  private static final long RECHECK_MILLIS = 50;

  private final Object lock = new Object();

  /** Waits until {@code channel} is writable; throws when it has closed. */
  public void await(Channel channel) {
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
