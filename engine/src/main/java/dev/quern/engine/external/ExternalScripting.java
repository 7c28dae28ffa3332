package dev.quern.engine.external;

import dev.quern.ext.spi.ExternalRuntimeContext;
import dev.quern.ext.spi.ExternalRuntimes;
import dev.quern.ext.stats.ExternalScriptStats;
import java.nio.file.Path;

/**
 * What one engine holds for server configuration and external scripts: the options, the
 * external resource pools, the permission check and the language runtimes (created on the first script, closed with the engine).
 */
public final class ExternalScripting implements AutoCloseable {
  private final ServerConfiguration configuration;
  private final ExternalRuntimeContext context;
  private final ResourceGovernorConfiguration pools;
  private ExternalRuntimes runtimes;
  private boolean closed;

  /** Pools kept in memory only. */
  public ExternalScripting(ServerConfiguration configuration, ExternalRuntimeContext context) {
    this(configuration, context, ResourceGovernorConfiguration.inMemory(context.governor()));
  }

  private ExternalScripting(
      ServerConfiguration configuration, ExternalRuntimeContext context, ResourceGovernorConfiguration pools) {
    this.configuration = configuration;
    this.context = context;
    this.pools = pools;
  }

  /**
   * Configuration kept in {@code dataDir}. Satellites keep the runtime's default scratch root: the
   * data directory may be closed to the unprivileged account they run as.
   */
  public static ExternalScripting open(Path dataDir) {
    ExternalRuntimeContext context = ownContext();
    return new ExternalScripting(new ServerConfiguration(new FileConfigurationStore(dataDir)), context,
        ResourceGovernorConfiguration.open(dataDir, context.governor()));
  }

  /** Nothing persisted (tests, in-memory engines). */
  public static ExternalScripting inMemory() {
    return new ExternalScripting(new ServerConfiguration(ConfigurationStore.none()), ownContext());
  }

  /**
   * The runtime defaults with a scratch root of this engine's own: a runtime deletes its root when
   * it closes, so two servers (or test engines) on one machine must never share one.
   */
  private static ExternalRuntimeContext ownContext() {
    ExternalRuntimeContext d = ExternalRuntimeContext.defaults();
    return new ExternalRuntimeContext(d.governor(), d.stats(), d.poolSettings(), d.workRoot().resolveSibling(
        d.workRoot().getFileName() + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet()));
  }

  private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong();

  public ServerConfiguration configuration() {
    return configuration;
  }

  /** The resource governor's configuration: external pools, workload groups, classifier. */
  public ResourceGovernorConfiguration resourceGovernor() {
    return pools;
  }

  /** The counters behind the external-script DMVs. */
  public ExternalScriptStats stats() {
    return context.stats();
  }

  public ExternalRuntimeContext context() {
    return context;
  }

  /** The runtimes, found with ServiceLoader the first time a script runs. */
  public synchronized ExternalRuntimes runtimes() {
    if (closed) {
      throw new IllegalStateException("engine closed");
    }
    if (runtimes == null) {
      runtimes = new ExternalRuntimes(context);
    }
    return runtimes;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (runtimes != null) {
      runtimes.close();
      runtimes = null;
    }
    try {
      java.nio.file.Files.deleteIfExists(context.workRoot()); // runtimes removed what they put in it
    } catch (java.io.IOException e) {
      // Not empty or already gone: nothing of ours to remove.
    }
  }
}
