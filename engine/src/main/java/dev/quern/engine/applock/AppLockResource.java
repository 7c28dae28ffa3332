package dev.quern.engine.applock;

/**
 * What an application lock locks, as SQL Server identifies it: the database, the database
 * principal the caller named (@DbPrincipal, by id) and the resource name, compared in binary (case
 * matters whatever the collation) and cut to 255 characters as nvarchar(255) would cut it.
 */
public record AppLockResource(int databaseId, int principalId, String name) {
  /** The longest resource name; longer ones are truncated, as SQL Server truncates them. */
  public static final int MAX_NAME_LENGTH = 255;

  public AppLockResource {
    if (name.length() > MAX_NAME_LENGTH) {
      name = name.substring(0, MAX_NAME_LENGTH);
    }
  }

  /**
   * sys.dm_tran_locks' resource_description of an APPLICATION lock: the principal id, the name's
   * first 32 characters in brackets and a hash of the whole name, {@code 0:[Form1]:(a1b2c3d4)}
   * (SQL Server keeps only that much of the name in plain text; its hash function is its own).
   */
  public String description() {
    String shown = name.length() > 32 ? name.substring(0, 32) : name;
    return principalId + ":[" + shown + "]:(" + hash() + ")";
  }

  /** The name's hash as the lock views print it: 8 hex digits (FNV-1a over the UTF-16 code units). */
  public String hash() {
    int h = 0x811c9dc5;
    for (int i = 0; i < name.length(); i++) {
      h ^= name.charAt(i);
      h *= 0x01000193;
    }
    return String.format("%08x", h);
  }
}
