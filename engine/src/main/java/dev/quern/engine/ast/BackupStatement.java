package dev.quern.engine.ast;

import java.util.Map;

/**
 * {@code BACKUP DATABASE | LOG name TO DISK = 'path' [WITH option [= value], ...]}. Options are
 * kept by upper-case name ({@code INIT}, {@code STATS} → its number or null, {@code NAME} → text).
 */
public record BackupStatement(int line, boolean log, String database, String device, Map<String, Object> options)
    implements StorageStatement {
  public boolean has(String option) {
    return options.containsKey(option);
  }

  @Override
  public String toSql() {
    return "BACKUP " + (log ? "LOG " : "DATABASE ") + database + " TO DISK = '" + device + "' " + options;
  }
}
