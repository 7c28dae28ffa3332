package dev.quern.python;

import dev.quern.ext.governor.ExternalResourcePool;
import dev.quern.ext.pool.Lease;
import dev.quern.ext.script.PooledExternalRuntime;
import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalScriptRequest;
import dev.quern.ext.spi.ExternalScriptSink;
import dev.quern.ext.stats.RequestRecord;
import dev.quern.ext.spi.ExternalScriptErrors;
import dev.quern.python.launch.PythonHostFactory;
import dev.quern.python.launch.PythonSatellite;
import dev.quern.python.launch.PythonSettings;
import dev.quern.python.launch.Reaper;
import dev.quern.python.library.LibraryInstallException;
import dev.quern.python.library.LibraryInstaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
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
  /** How long {@link #close()} waits for satellites to exit (it kills them at half of it). */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final PythonSettings settings;
  private final BufferAllocator allocator = new RootAllocator();
  private final Path root;
  private final Reaper reaper;
  private final LibraryInstaller libraries;

  public PythonRuntime(ExternalRuntimeContext context, PythonSettings settings) {
    this(context, settings, ownRoot(context), new Reaper());
  }

  private PythonRuntime(ExternalRuntimeContext context, PythonSettings settings, Path root, Reaper reaper) {
    super(context, new PythonHostFactory(settings, root, reaper));
    this.settings = settings;
    this.root = root;
    this.reaper = reaper;
    this.libraries = new LibraryInstaller(root.resolve("libraries"));
  }

  /**
   * A directory of this runtime alone under the context's work root ({@code python-*}): several
   * runtimes may share a root (e.g. {@link ExternalRuntimeContext#defaults()}), and each deletes
   * only its own. Satellite accounts may traverse it, not list it.
   */
  private static Path ownRoot(ExternalRuntimeContext context) {
    try {
      Files.createDirectories(context.workRoot());
      return Files.createTempDirectory(context.workRoot(), "python-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the Python runtime's directory under " + context.workRoot(), e);
    }
  }

  /** This runtime's own directory (the parents' and satellites' directories are inside). */
  public Path root() {
    return root;
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
    LibraryInstaller.Installed installed;
    try {
      installed = libraries.install(request.libraries());
    } catch (LibraryInstallException e) {
      throw ExternalScriptErrors.launchFailed(PythonCall.LANGUAGE, request.requestId(), e.getMessage());
    }
    PythonCall call = new PythonCall(PythonCall.satellites(leases), request, sink, record, settings.batchRows());
    try (BufferAllocator child = allocator.newChildAllocator("request-" + request.requestId(), 0, Long.MAX_VALUE)) {
      call.run(child, memoryLimit, nice, installed);
    }
    // Before the lease ends: the spare forked to replace this call's satellite already has them.
    preload(request, call.importedModules());
  }

  /**
   * Stops the pool, waits (bounded) until this runtime's satellite processes have exited and their
   * cleanups have run, then deletes this runtime's directory, and only that.
   */
  @Override
  public void close() {
    super.close();
    reaper.awaitQuiet(CLOSE_WAIT);
    allocator.close();
    PythonSatellite.deleteTree(root);
  }
}
