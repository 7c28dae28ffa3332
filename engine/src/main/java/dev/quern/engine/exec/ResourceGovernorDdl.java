package dev.quern.engine.exec;

import dev.quern.engine.ast.ResourceGovernorStatement;
import dev.quern.engine.ast.ResourceGovernorStatement.ExternalPool;
import dev.quern.engine.ast.ResourceGovernorStatement.Governor;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.external.ResourceGovernorConfiguration;
import dev.quern.engine.external.WorkloadGroup;
import dev.quern.engine.proc.external.WorkloadGroupClassifier;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.governor.ExternalResourcePool;

/**
 * Runs the resource governor's statements against its stored configuration ({@link
 * ResourceGovernorConfiguration}); changes take effect at ALTER RESOURCE GOVERNOR RECONFIGURE, as
 * in SQL Server. They need CONTROL SERVER, which only sysadmin members hold here (10902), and
 * cannot run inside a user transaction (574): the configuration is not transactional.
 */
final class ResourceGovernorDdl {
  private ResourceGovernorDdl() {}

  static void execute(ResourceGovernorStatement s, SessionState state) {
    if (!state.isSysadmin()) {
      throw SqlErrors.RG_NO_PERMISSION.raise();
    }
    if (state.transactionCount() > 0) {
      throw SqlErrors.NOT_IN_USER_TRANSACTION.raise(s.statementName());
    }
    ResourceGovernorConfiguration config = state.server().external().resourceGovernor();
    switch (s) {
      case ExternalPool p -> {
        switch (p.verb()) {
          case CREATE -> createPool(p, config);
          case ALTER -> alterPool(p, config);
          case DROP -> dropPool(p, config);
        }
      }
      case ResourceGovernorStatement.WorkloadGroup g -> WorkloadGroupDdl.execute(g, config);
      case Governor g -> {
        switch (g.action()) {
          case RECONFIGURE -> config.reconfigure();
          case DISABLE -> config.disable();
          case RESET_STATISTICS -> config.resetStatistics();
          case CLASSIFIER -> {
            if (g.classifier() != null) {
              WorkloadGroupClassifier.check(state, g.classifier());
            }
            config.classifier(g.classifier());
          }
        }
      }
    }
  }

  private static void createPool(ExternalPool s, ResourceGovernorConfiguration config) {
    if (config.pool(s.name()).isPresent()) {
      throw SqlErrors.RG_EXISTS.raise("external resource pool", s.name());
    }
    if (config.pools().size() >= ResourceGovernorConfiguration.MAX_POOLS) {
      throw SqlErrors.RG_TOO_MANY_POOLS.raise(ResourceGovernorConfiguration.MAX_POOLS);
    }
    // A new pool's defaults (ml-services.md §6): 100 % CPU, 100 % memory, no process limit.
    config.create(s.name(), RangeChecks.percent("MAX_CPU_PERCENT", s.maxCpuPercent(), 100),
        RangeChecks.percent("MAX_MEMORY_PERCENT", s.maxMemoryPercent(), 100),
        RangeChecks.atLeast("MAX_PROCESSES", s.maxProcesses(), 0, 0));
  }

  private static void alterPool(ExternalPool s, ResourceGovernorConfiguration config) {
    ExternalResourcePool old = config.pool(s.name())
        .orElseThrow(() -> SqlErrors.RG_POOL_NOT_FOUND.raise(s.name()));
    config.replace(new ExternalResourcePool(old.id(), old.name(),
        RangeChecks.percent("MAX_CPU_PERCENT", s.maxCpuPercent(), old.maxCpuPercent()),
        RangeChecks.percent("MAX_MEMORY_PERCENT", s.maxMemoryPercent(), old.maxMemoryPercent()),
        RangeChecks.atLeast("MAX_PROCESSES", s.maxProcesses(), 0, old.maxProcesses()), old.version() + 1));
  }

  private static void dropPool(ExternalPool s, ResourceGovernorConfiguration config) {
    ExternalResourcePool pool = config.pool(s.name())
        .orElseThrow(() -> SqlErrors.RG_POOL_NOT_FOUND.raise(s.name()));
    if (pool.id() < ResourceGovernorConfiguration.FIRST_USER_POOL_ID) { // the built-in pool
      throw SqlErrors.RG_DROP_PREDEFINED.raise("external resource pool");
    }
    for (WorkloadGroup g : config.groups()) {
      if (g.externalPool().equalsIgnoreCase(pool.name())) {
        throw SqlErrors.RG_POOL_IN_USE.raise(pool.name(), g.name());
      }
    }
    config.drop(pool.name());
  }

  /** The range checks of the governor's numeric options (10908 above, 10909 below). */
  static final class RangeChecks {
    private RangeChecks() {}

    /** A percentage option: 1 to 100; {@code current} when not given. */
    static int percent(String option, Integer value, int current) {
      if (value != null && value > 100) {
        throw SqlErrors.RG_VALUE_GREATER.raise(option, value, "maximum", 100);
      }
      return atLeast(option, value, 1, current);
    }

    /** An option of {@code min} or more; {@code current} when not given. */
    static int atLeast(String option, Integer value, int min, int current) {
      if (value == null) {
        return current;
      }
      if (value < min) {
        throw SqlErrors.RG_VALUE_LESS.raise(option, value, "minimum", min);
      }
      return value;
    }
  }
}
