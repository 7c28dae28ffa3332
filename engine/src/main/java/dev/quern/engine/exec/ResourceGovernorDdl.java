package dev.quern.engine.exec;

import dev.quern.engine.ast.ResourceGovernorStatement;
import dev.quern.engine.ast.ResourceGovernorStatement.Action;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ExternalPoolConfiguration;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.governor.ExternalResourcePool;

/**
 * Runs CREATE/ALTER/DROP EXTERNAL RESOURCE POOL and ALTER RESOURCE GOVERNOR against the stored
 * pool configuration ({@link ExternalPoolConfiguration}); changes take effect at ALTER RESOURCE
 * GOVERNOR RECONFIGURE, as in SQL Server. Needs CONTROL SERVER, which only sysadmin members hold
 * here (10902), and cannot run inside a user transaction (574): the configuration is not
 * transactional.
 */
final class ResourceGovernorDdl {
  private ResourceGovernorDdl() {}

  static void execute(ResourceGovernorStatement s, SessionState state) {
    if (!state.isSysadmin()) {
      throw SqlErrors.RG_NO_PERMISSION.raise();
    }
    if (state.transactionCount() > 0) {
      throw SqlErrors.NOT_IN_USER_TRANSACTION.raise(s.action().sql());
    }
    ExternalPoolConfiguration pools = state.server().external().pools();
    switch (s.action()) {
      case CREATE_EXTERNAL_POOL -> create(s, pools);
      case ALTER_EXTERNAL_POOL -> alter(s, pools);
      case DROP_EXTERNAL_POOL -> drop(s, pools);
      case RECONFIGURE -> pools.reconfigure();
      case DISABLE -> pools.disable();
      case RESET_STATISTICS -> pools.resetStatistics();
    }
  }

  private static void create(ResourceGovernorStatement s, ExternalPoolConfiguration pools) {
    if (pools.pool(s.pool()).isPresent()) {
      throw SqlErrors.RG_POOL_EXISTS.raise(s.pool());
    }
    if (pools.pools().size() >= ExternalPoolConfiguration.MAX_POOLS) {
      throw SqlErrors.RG_TOO_MANY_POOLS.raise(ExternalPoolConfiguration.MAX_POOLS);
    }
    // A new pool's defaults (ml-services.md §6): 100 % CPU, 100 % memory, no process limit.
    pools.create(s.pool(), percent("MAX_CPU_PERCENT", s.maxCpuPercent(), 100),
        percent("MAX_MEMORY_PERCENT", s.maxMemoryPercent(), 100), processes(s.maxProcesses(), 0));
  }

  private static void alter(ResourceGovernorStatement s, ExternalPoolConfiguration pools) {
    ExternalResourcePool old = pools.pool(s.pool())
        .orElseThrow(() -> SqlErrors.RG_POOL_NOT_FOUND.raise(s.pool()));
    pools.replace(new ExternalResourcePool(old.id(), old.name(),
        percent("MAX_CPU_PERCENT", s.maxCpuPercent(), old.maxCpuPercent()),
        percent("MAX_MEMORY_PERCENT", s.maxMemoryPercent(), old.maxMemoryPercent()),
        processes(s.maxProcesses(), old.maxProcesses()), old.version() + 1));
  }

  private static void drop(ResourceGovernorStatement s, ExternalPoolConfiguration pools) {
    ExternalResourcePool pool = pools.pool(s.pool())
        .orElseThrow(() -> SqlErrors.RG_POOL_NOT_FOUND.raise(s.pool()));
    if (pool.id() < 256) {
      throw SqlErrors.RG_DROP_PREDEFINED.raise();
    }
    pools.drop(pool.name());
  }

  /** A percentage option: 1 to 100; {@code current} when not given. */
  private static int percent(String option, Integer value, int current) {
    if (value == null) {
      return current;
    }
    if (value > 100) {
      throw SqlErrors.RG_VALUE_GREATER.raise(option, value, "maximum", 100);
    }
    if (value < 1) {
      throw SqlErrors.RG_VALUE_LESS.raise(option, value, "minimum", 1);
    }
    return value;
  }

  /** MAX_PROCESSES: 0 (unlimited) or more; {@code current} when not given. */
  private static int processes(Integer value, int current) {
    if (value == null) {
      return current;
    }
    if (value < 0) {
      throw SqlErrors.RG_VALUE_LESS.raise("MAX_PROCESSES", value, "minimum", 0);
    }
    return value;
  }
}
