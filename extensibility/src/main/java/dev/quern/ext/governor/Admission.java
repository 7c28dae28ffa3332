package dev.quern.ext.governor;

import java.util.concurrent.atomic.AtomicBoolean;

/** A call admitted into an external resource pool; closing it lets the next queued call in. */
public final class Admission implements AutoCloseable {
  private final ProcessGate gate;
  private final ExternalResourcePool pool;
  private final AtomicBoolean closed = new AtomicBoolean();

  Admission(ProcessGate gate, ExternalResourcePool pool) {
    this.gate = gate;
    this.pool = pool;
  }

  /** The pool's settings at admission: the limits to apply to this call's satellite. */
  public ExternalResourcePool pool() {
    return pool;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      gate.exit();
    }
  }
}
