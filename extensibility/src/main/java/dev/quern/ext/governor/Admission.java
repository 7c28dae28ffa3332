package dev.quern.ext.governor;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A call admitted into an external resource pool; closing it lets the next queued call in. */
public final class Admission implements AutoCloseable {
  private final Semaphore permits;
  private final AtomicInteger active;
  private final ExternalResourcePool pool;
  private final AtomicBoolean closed = new AtomicBoolean();

  Admission(Semaphore permits, AtomicInteger active, ExternalResourcePool pool) {
    this.permits = permits;
    this.active = active;
    this.pool = pool;
  }

  /** The pool's settings at admission: the limits to apply to this call's satellite. */
  public ExternalResourcePool pool() {
    return pool;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      active.decrementAndGet();
      if (permits != null) {
        permits.release();
      }
    }
  }
}
