package dev.quern.engine.ast;

import java.util.List;

/**
 * The maintenance statements DBA scripts run on a table: {@code ALTER INDEX {name | ALL} ON table
 * REBUILD | REORGANIZE | DISABLE} and {@code ALTER TABLE table SET (LOCK_ESCALATION = …)}
 * (UPDATE STATISTICS is a {@link StatisticsStatement}). {@code index} is null for ALL (or a statement about the whole table);
 * {@code value} is the LOCK_ESCALATION setting; {@code options} the index options REBUILD WITH (…) or SET (…)
 * wrote.
 */
public record TableMaintenanceStatement(
    int line, Kind kind, List<String> table, String index, String value, IndexOptionSettings options)
    implements StorageStatement {
  public TableMaintenanceStatement(int line, Kind kind, List<String> table, String index, String value) {
    this(line, kind, table, index, value, IndexOptionSettings.NONE);
  }

  /** What the statement does. */
  public enum Kind {
    REBUILD,
    REORGANIZE,
    DISABLE,
    /** ALTER INDEX … SET (option = value, …): {@code options}. */
    SET,
    LOCK_ESCALATION,
    /** ENABLE CHANGE_TRACKING; {@code value} is TRACK_COLUMNS_UPDATED (ON or OFF). */
    ENABLE_CHANGE_TRACKING,
    DISABLE_CHANGE_TRACKING
  }

  public TableMaintenanceStatement {
    table = List.copyOf(table);
    options = options == null ? IndexOptionSettings.NONE : options;
  }

  @Override
  public String toSql() {
    String target = Names.quoteAll(table);
    return switch (kind) {
      case REBUILD, REORGANIZE, DISABLE ->
          "ALTER INDEX " + (index == null ? "ALL" : Names.quote(index)) + " ON " + target + " " + kind.name()
              + options.toSql();
      case SET -> "ALTER INDEX " + (index == null ? "ALL" : Names.quote(index)) + " ON " + target + " SET"
          + options.toSql().substring(" WITH".length());
      case LOCK_ESCALATION -> "ALTER TABLE " + target + " SET (LOCK_ESCALATION = " + value + ")";
      case ENABLE_CHANGE_TRACKING ->
          "ALTER TABLE " + target + " ENABLE CHANGE_TRACKING WITH (TRACK_COLUMNS_UPDATED = " + value + ")";
      case DISABLE_CHANGE_TRACKING -> "ALTER TABLE " + target + " DISABLE CHANGE_TRACKING";
    };
  }
}
