package dev.quern.ext.spi;

/**
 * A language runtime for {@code sp_execute_external_script} (e.g. Python), created by its
 * {@link ExternalRuntimeProvider}. Thread-safe: the engine calls {@link #execute} from many
 * sessions at once.
 */
public interface ExternalRuntime extends AutoCloseable {
  /** The {@code @language} this runtime serves, e.g. {@code Python}. */
  String language();

  /**
   * Runs one call, blocking the calling (virtual) thread until it is over; results stream into
   * {@code sink}. Queues while the external resource pool is at MAX_PROCESSES.
   *
   * @throws ExternalScriptException with SQL Server's errors when the call fails
   * @throws ExternalScriptCancelledException when {@code request.cancellation()} fired
   */
  void execute(ExternalScriptRequest request, ExternalScriptSink sink);

  /** Stops every satellite this runtime started. */
  @Override
  void close();
}
