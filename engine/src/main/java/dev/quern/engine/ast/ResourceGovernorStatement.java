package dev.quern.engine.ast;

import java.util.List;

/**
 * The resource governor's statements (ml-services.md §6): external resource pools, workload
 * groups and ALTER RESOURCE GOVERNOR. An option not given is null.
 */
public sealed interface ResourceGovernorStatement extends Statement {
  enum Verb { CREATE, ALTER, DROP }

  /** The statement's name as error messages give it (574). */
  String statementName();

  /** {@code CREATE | ALTER | DROP EXTERNAL RESOURCE POOL name [WITH (…)]}. */
  record ExternalPool(
      int line, Verb verb, String name, Integer maxCpuPercent, Integer maxMemoryPercent, Integer maxProcesses)
      implements ResourceGovernorStatement {
    @Override
    public String statementName() {
      return verb + " EXTERNAL RESOURCE POOL";
    }

    @Override
    public String toSql() {
      StringBuilder with = new StringBuilder();
      option(with, "MAX_CPU_PERCENT", maxCpuPercent);
      option(with, "MAX_MEMORY_PERCENT", maxMemoryPercent);
      option(with, "MAX_PROCESSES", maxProcesses);
      return statementName() + " " + Names.bracketed(name) + (with.isEmpty() ? "" : " WITH (" + with + ")");
    }
  }

  /**
   * {@code CREATE | ALTER | DROP WORKLOAD GROUP name [WITH (…)] [USING pool [, EXTERNAL pool]]}.
   * {@code usingPool} and {@code externalPool} are null when not named.
   */
  record WorkloadGroup(
      int line, Verb verb, String name, String importance, Integer requestMaxMemoryGrantPercent,
      Integer requestMaxCpuTimeSec, Integer requestMemoryGrantTimeoutSec, Integer maxDop,
      Integer groupMaxRequests, String usingPool, String externalPool) implements ResourceGovernorStatement {
    /** Whether WITH gave any option. */
    public boolean hasOptions() {
      return importance != null || requestMaxMemoryGrantPercent != null || requestMaxCpuTimeSec != null
          || requestMemoryGrantTimeoutSec != null || maxDop != null || groupMaxRequests != null;
    }

    @Override
    public String statementName() {
      return verb + " WORKLOAD GROUP";
    }

    @Override
    public String toSql() {
      StringBuilder with = new StringBuilder();
      if (importance != null) {
        with.append("IMPORTANCE = ").append(importance);
      }
      option(with, "REQUEST_MAX_MEMORY_GRANT_PERCENT", requestMaxMemoryGrantPercent);
      option(with, "REQUEST_MAX_CPU_TIME_SEC", requestMaxCpuTimeSec);
      option(with, "REQUEST_MEMORY_GRANT_TIMEOUT_SEC", requestMemoryGrantTimeoutSec);
      option(with, "MAX_DOP", maxDop);
      option(with, "GROUP_MAX_REQUESTS", groupMaxRequests);
      StringBuilder b = new StringBuilder(statementName()).append(' ').append(Names.bracketed(name));
      if (!with.isEmpty()) {
        b.append(" WITH (").append(with).append(')');
      }
      if (usingPool != null || externalPool != null) {
        b.append(" USING ");
        if (usingPool != null) {
          b.append(Names.bracketed(usingPool)).append(externalPool != null ? ", " : "");
        }
        if (externalPool != null) {
          b.append("EXTERNAL ").append(Names.bracketed(externalPool));
        }
      }
      return b.toString();
    }
  }

  /**
   * {@code ALTER RESOURCE GOVERNOR RECONFIGURE | DISABLE | RESET STATISTICS | WITH
   * (CLASSIFIER_FUNCTION = schema.name | NULL)}; {@code classifier} is the function for
   * CLASSIFIER (null: NULL, no classifier).
   */
  record Governor(int line, Action action, List<String> classifier) implements ResourceGovernorStatement {
    public enum Action { RECONFIGURE, DISABLE, RESET_STATISTICS, CLASSIFIER }

    @Override
    public String statementName() {
      return "ALTER RESOURCE GOVERNOR";
    }

    @Override
    public String toSql() {
      return switch (action) {
        case RECONFIGURE -> "ALTER RESOURCE GOVERNOR RECONFIGURE";
        case DISABLE -> "ALTER RESOURCE GOVERNOR DISABLE";
        case RESET_STATISTICS -> "ALTER RESOURCE GOVERNOR RESET STATISTICS";
        case CLASSIFIER -> "ALTER RESOURCE GOVERNOR WITH (CLASSIFIER_FUNCTION = "
            + (classifier == null ? "NULL" : Names.bracketed(classifier.get(0)) + "." + Names.bracketed(classifier.get(1))) + ")";
      };
    }
  }

  private static void option(StringBuilder with, String name, Integer value) {
    if (value != null) {
      with.append(with.isEmpty() ? "" : ", ").append(name).append(" = ").append(value);
    }
  }
}
