package dev.quern.engine.sys;

import java.nio.ByteBuffer;

/**
 * The "memory addresses" the SQLOS views join on (task_address, worker_address, thread_address):
 * Quern has no such structures in native memory, so each is a stable identity instead, the same in
 * every view: a session's task and worker by its session id, a thread by its Java thread id. Each
 * kind has its own range so that no two kinds share a value.
 */
final class OsAddresses {
  private static final long TASKS = 0x7000_0000L;
  private static final long WORKERS = 0x7100_0000L;
  private static final long THREADS = 0x7200_0000_0000L;

  private OsAddresses() {}

  /** The task running session {@code spid}'s request. */
  static byte[] task(int spid) {
    return address(TASKS + spid);
  }

  /** The worker bound to session {@code spid}'s task. */
  static byte[] worker(int spid) {
    return address(WORKERS + spid);
  }

  /** The thread with Java thread id {@code threadId}. */
  static byte[] thread(long threadId) {
    return address(THREADS + threadId);
  }

  /**
   * The scheduler a session's task counts against (sys.dm_os_schedulers' scheduler_id): requests
   * run on threads the operating system places on any processor, so each session is given one of
   * the schedulers, in turn by session id, so that the per-scheduler counts spread as SQL Server's do.
   */
  static int scheduler(int spid) {
    return Math.floorMod(spid, Runtime.getRuntime().availableProcessors());
  }

  /** The affinity mask of every processor the JVM may use (no affinity is set). */
  static long affinity() {
    int cpus = Math.min(63, Runtime.getRuntime().availableProcessors());
    return (1L << cpus) - 1;
  }

  private static byte[] address(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }
}
