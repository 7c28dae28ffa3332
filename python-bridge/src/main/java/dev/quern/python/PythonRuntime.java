package dev.quern.python;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.pool.Lease;
import dev.quern.ext.script.PooledExternalRuntime;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.ext.stats.RequestRecord;
import dev.quern.python.launch.PythonHostFactory;
import dev.quern.python.launch.PythonSatellite;
import dev.quern.python.launch.PythonSettings;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * The Python runtime for {@code sp_execute_external_script}: pooled fork-server satellites
 * ({@code launch}), a Unix-socket control channel ({@code control}) and Arrow batches in shared
 * memory ({@code shm}, {@code arrow}). Every call gets its own named child allocator, closed when
 * the call ends; {@link #allocator()} lets tests check nothing leaked.
 */
public final class PythonRuntime extends PooledExternalRuntime<PythonSatellite> {
  private final PythonSettings settings;
  private final BufferAllocator allocator = new RootAllocator();

  public PythonRuntime(ExternalRuntimeContext context, PythonSettings settings) {
    super(context, new PythonHostFactory(settings, hostRoot(context)));
    this.settings = settings;
  }

  private static Path hostRoot(ExternalRuntimeContext context) {
    return context.workRoot().resolve("python");
  }

  @Override
  public String language() {
    return PythonCall.LANGUAGE;
  }

  @Override
  protected String externalUserName(String login) {
    return settings.externalUserName(login);
  }

  /** The root of every request's allocator. */
  public BufferAllocator allocator() {
    return allocator;
  }

  @Override
  protected void call(List<Lease<PythonSatellite>> leases, ExternalScriptRequest request, ExternalScriptSink sink, RequestRecord record, ExternalResourcePool limits) {
    String pool = limits.name();
    long memoryLimit = context.governor().memoryLimitBytes(pool);
    int nice = context.governor().niceValue(pool);
    try (BufferAllocator child = allocator.newChildAllocator("request-" + request.requestId(), 0, Long.MAX_VALUE)) {
      new PythonCall(PythonCall.satellites(leases), request, sink, record, settings.batchRows()).run(child, memoryLimit, nice);
    }
  }

  @Override
  public void close() {
    super.close();
    allocator.close();
    PythonSatellite.deleteTree(hostRoot(context));
  }
}
