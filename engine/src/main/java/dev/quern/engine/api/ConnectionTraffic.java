package dev.quern.engine.api;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Network reads and writes on one connection so far (dm_exec_connections.num_reads, num_writes,
 * last_read, last_write), counted by the server as the socket delivers and sends bytes.
 */
public final class ConnectionTraffic {
  private final AtomicLong reads = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private volatile long lastReadMillis;
  private volatile long lastWriteMillis;

  public void read() {
    reads.incrementAndGet();
    lastReadMillis = System.currentTimeMillis();
  }

  public void wrote() {
    writes.incrementAndGet();
    lastWriteMillis = System.currentTimeMillis();
  }

  public long reads() {
    return reads.get();
  }

  public long writes() {
    return writes.get();
  }

  /** When the last read happened, or null before the first. */
  public Instant lastRead() {
    long ms = lastReadMillis;
    return ms == 0 ? null : Instant.ofEpochMilli(ms);
  }

  /** When the last write happened, or null before the first. */
  public Instant lastWrite() {
    long ms = lastWriteMillis;
    return ms == 0 ? null : Instant.ofEpochMilli(ms);
  }
}
