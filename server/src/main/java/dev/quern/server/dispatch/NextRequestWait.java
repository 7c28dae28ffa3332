package dev.quern.server.dispatch;

import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * Whether, and for how long, a request thread that has just answered its session waits for the
 * session's next request before going back to the pool.
 *
 * <p>Why: a client in a loop (single-row inserts, a SELECT per row) sends its next request tens of
 * microseconds after our answer. A request thread that went back to the pool must then be woken
 * by the event loop, and on these virtual machines that wake-up (a futex, an inter-processor
 * interrupt, the scheduler) cost 30–40 µs of each such request's latency: a #temp insert took
 * ~80 µs with it and ~46 µs when the thread was still there. So the thread waits a moment
 * ({@link #WINDOW_NANOS} by default), yielding its core to anything runnable, and takes the next request
 * itself when it comes.
 *
 * <p>Bounded so that it costs little when it does not pay: only a session whose last request
 * followed its previous answer within the window waits (a session of a person typing never
 * does), and at most {@link #MAX_WAITERS} threads wait at once (one core's worth on two cores),
 * so waiting never takes every core from the threads with work. Per dispatcher, guarded by its
 * lock except {@link #await}.
 */
final class NextRequestWait {
  /** How long a thread waits; also the gap between requests up to which a session counts as busy. */
  static final long WINDOW_NANOS = Long.getLong("quern.nextRequestWaitMicros", 100) * 1_000;

  /** Threads waiting at once, server-wide: all cores but one. */
  static final int MAX_WAITERS =
      Integer.getInteger("quern.nextRequestWaiters", Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

  private static final Semaphore WAITERS = new Semaphore(MAX_WAITERS);

  private final long windowNanos;
  private final Semaphore waiters;

  /** When the session's last request ended (System.nanoTime). */
  private long answeredAt;
  /** Whether the session's last request came within the window of its previous answer. */
  private boolean busy;
  /** A thread is in {@link #await} for this session now. */
  private boolean waiting;

  NextRequestWait() {
    this(WINDOW_NANOS, WAITERS);
  }

  /** {@code waiters}: the permits of threads that may wait at once, shared by the dispatchers. */
  NextRequestWait(long windowNanos, Semaphore waiters) {
    this.windowNanos = windowNanos;
    this.waiters = waiters;
  }

  /** The session's request has ended (its answer is written). */
  void answered() {
    answeredAt = System.nanoTime();
  }

  /**
   * A request arrived while no thread served the session: did it follow the last answer closely
   * enough for the next one to be worth waiting for?
   */
  void arrived() {
    busy = System.nanoTime() - answeredAt < windowNanos;
  }

  /** Whether the thread that has just answered should wait for the next request. */
  boolean worthWaiting() {
    return busy && windowNanos > 0;
  }

  boolean waiting() {
    return waiting;
  }

  void waiting(boolean w) {
    waiting = w;
  }

  /**
   * Yields until {@code ready} (polled each time) or the window ends; false when it ended without
   * {@code ready}, or when enough threads are waiting already. (A wait that ends empty-handed
   * makes the next request's gap longer than the window, so the session stops counting as busy.)
   */
  boolean await(BooleanSupplier ready) {
    if (!waiters.tryAcquire()) {
      return false;
    }
    try {
      long deadline = System.nanoTime() + windowNanos;
      do {
        if (ready.getAsBoolean()) {
          return true;
        }
        Thread.yield();
      } while (System.nanoTime() - deadline < 0);
      return false;
    } finally {
      waiters.release();
    }
  }
}
