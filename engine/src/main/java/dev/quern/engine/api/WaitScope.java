package dev.quern.engine.api;

/**
 * A wait a request is in (sys.dm_exec_requests.wait_type), from {@link EngineSession#beginWait};
 * closing it ends the wait and adds its time to sys.dm_os_wait_stats.
 */
public interface WaitScope extends AutoCloseable {
  @Override
  void close();
}
