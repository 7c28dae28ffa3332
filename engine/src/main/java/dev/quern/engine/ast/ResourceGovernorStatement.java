package dev.quern.engine.ast;

/**
 * {@code CREATE | ALTER | DROP EXTERNAL RESOURCE POOL} and {@code ALTER RESOURCE GOVERNOR
 * RECONFIGURE | DISABLE | RESET STATISTICS} (ml-services.md §6). {@code pool} is null for the
 * governor's own actions; an option not given is null.
 */
public record ResourceGovernorStatement(
    int line, Action action, String pool, Integer maxCpuPercent, Integer maxMemoryPercent, Integer maxProcesses)
    implements Statement {
  public enum Action {
    CREATE_EXTERNAL_POOL("CREATE EXTERNAL RESOURCE POOL"),
    ALTER_EXTERNAL_POOL("ALTER EXTERNAL RESOURCE POOL"),
    DROP_EXTERNAL_POOL("DROP EXTERNAL RESOURCE POOL"),
    RECONFIGURE("ALTER RESOURCE GOVERNOR RECONFIGURE"),
    DISABLE("ALTER RESOURCE GOVERNOR DISABLE"),
    RESET_STATISTICS("ALTER RESOURCE GOVERNOR RESET STATISTICS");

    private final String sql;

    Action(String sql) {
      this.sql = sql;
    }

    /** The statement's name as error messages give it (574). */
    public String sql() {
      return sql;
    }
  }

  @Override
  public String toSql() {
    StringBuilder b = new StringBuilder(action.sql());
    if (pool != null) {
      b.append(" [").append(pool.replace("]", "]]")).append(']');
    }
    StringBuilder with = new StringBuilder();
    option(with, "MAX_CPU_PERCENT", maxCpuPercent);
    option(with, "MAX_MEMORY_PERCENT", maxMemoryPercent);
    option(with, "MAX_PROCESSES", maxProcesses);
    if (!with.isEmpty()) {
      b.append(" WITH (").append(with).append(')');
    }
    return b.toString();
  }

  private static void option(StringBuilder with, String name, Integer value) {
    if (value != null) {
      with.append(with.isEmpty() ? "" : ", ").append(name).append(" = ").append(value);
    }
  }
}
