package dev.quern.engine.ast;

import java.util.Map;

/**
 * {@code RESTORE DATABASE | LOG name FROM DISK = 'path' [WITH ...]} and the informational forms
 * {@code RESTORE HEADERONLY | FILELISTONLY | VERIFYONLY FROM DISK = 'path'} (database
 * null), or FROM a logical device ({@code logicalDevice}). Options as in {@link BackupStatement}.
 * {@code RESTORE DATABASE name WITH RECOVERY} names no device (null): it recovers a RESTORING
 * database where it stands.
 */
public record RestoreStatement(
    int line, Kind kind, String database, String device, boolean logicalDevice, Map<String, Object> options)
    implements StorageStatement {
  public enum Kind {
    DATABASE,
    LOG,
    HEADERONLY,
    FILELISTONLY,
    VERIFYONLY
  }

  public boolean has(String option) {
    return options.containsKey(option);
  }

  /** This statement reading the file at {@code path} (a logical device's physical name). */
  public RestoreStatement onDisk(String path) {
    return new RestoreStatement(line, kind, database, path, false, options);
  }

  /** The statement's name in SQL Server's 3013 message ("RESTORE DATABASE", "VERIFY DATABASE"). */
  public String verb() {
    return switch (kind) {
      case VERIFYONLY -> "VERIFY DATABASE";
      default -> "RESTORE " + kind.name();
    };
  }

  @Override
  public String toSql() {
    return "RESTORE " + kind + (database == null ? "" : " " + database) + " FROM "
        + (logicalDevice ? "[" + device + "]" : "DISK = '" + device + "'") + " " + options;
  }
}
