package dev.quern.engine.ast;

import java.util.List;

/**
 * {@code SYSTEM_VERSIONING = ON [(HISTORY_TABLE = schema.table [, DATA_CONSISTENCY_CHECK = ON|OFF]
 * [, HISTORY_RETENTION_PERIOD = …])] | OFF}, of CREATE TABLE … WITH (…) or ALTER TABLE … SET (…).
 * {@code historyTable} is null when not named; {@code retention} null when not given.
 */
public record SystemVersioning(boolean on, List<String> historyTable, boolean consistencyCheck, String retention) {
  public SystemVersioning {
    historyTable = historyTable == null ? null : List.copyOf(historyTable);
  }

  public String toSql() {
    if (!on) {
      return "SYSTEM_VERSIONING = OFF";
    }
    List<String> options = new java.util.ArrayList<>();
    if (historyTable != null) {
      options.add("HISTORY_TABLE = " + Names.quoteAll(historyTable));
    }
    if (!consistencyCheck) {
      options.add("DATA_CONSISTENCY_CHECK = OFF");
    }
    if (retention != null) {
      options.add("HISTORY_RETENTION_PERIOD = " + retention);
    }
    return "SYSTEM_VERSIONING = ON" + (options.isEmpty() ? "" : " (" + String.join(", ", options) + ")");
  }
}
