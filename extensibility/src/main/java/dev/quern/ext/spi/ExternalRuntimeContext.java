package dev.quern.ext.spi;

import dev.quern.ext.governor.ResourceGovernor;
import dev.quern.ext.pool.PoolSettings;
import dev.quern.ext.stats.ExternalScriptStats;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the server hands every runtime: the external resource pools, the counters behind the
 * DMVs, pool settings and a scratch directory for satellites' working directories.
 */
public record ExternalRuntimeContext(
    ResourceGovernor governor, ExternalScriptStats stats, PoolSettings poolSettings, Path workRoot) {
  public ExternalRuntimeContext {
    Objects.requireNonNull(governor, "governor");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(poolSettings, "poolSettings");
    Objects.requireNonNull(workRoot, "workRoot");
  }

  /** Defaults: the built-in default external pool, fresh counters, default pool settings. */
  public static ExternalRuntimeContext defaults() {
    return new ExternalRuntimeContext(
        new ResourceGovernor(),
        new ExternalScriptStats(),
        PoolSettings.defaults(),
        Path.of(System.getProperty("java.io.tmpdir"), "quern-ext"));
  }
}
