package dev.quern.engine.ast;

import java.util.Map;

/**
 * {@code BACKUP DATABASE | LOG name TO DISK = 'path' | logical_device [WITH option [= value], ...]}.
 * {@code device} is the path, or the name of a device sp_addumpdevice registered when {@code
 * logicalDevice}. Options are kept by upper-case name ({@code INIT}, {@code STATS} → its number or
 * null, {@code NAME} → text).
 */
public record BackupStatement(
    int line, boolean log, String database, String device, boolean logicalDevice, Map<String, Object> options)
    implements StorageStatement {
  public boolean has(String option) {
    return options.containsKey(option);
  }

  /** This statement writing the file at {@code path} (a logical device's physical name). */
  public BackupStatement onDisk(String path) {
    return new BackupStatement(line, log, database, path, false, options);
  }

  @Override
  public String toSql() {
    return "BACKUP " + (log ? "LOG " : "DATABASE ") + database + " TO " + (logicalDevice ? "[" + device + "]"
        : "DISK = '" + device + "'") + " " + options;
  }
}
