package dev.quern.catalog.meta;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A database master key (CREATE MASTER KEY, "SQL Server and database encryption keys"): its key
 * material is never stored in clear, only encrypted by each of its passwords and, when the server
 * opens it automatically, by the service master key. sys.symmetric_keys shows it as
 * ##MS_DatabaseMasterKey## with id 101.
 *
 * @param byPasswords the key encrypted by each password (ADD ENCRYPTION BY PASSWORD adds one)
 * @param byServiceKey the key encrypted by the service master key, or null when dropped
 */
public record DatabaseMasterKey(
    int databaseId, UUID guid, List<byte[]> byPasswords, byte[] byServiceKey, Instant created, Instant modified) {
  /** sys.symmetric_keys.symmetric_key_id of every database master key. */
  public static final int KEY_ID = 101;

  public DatabaseMasterKey {
    byPasswords = List.copyOf(byPasswords);
  }

  public DatabaseMasterKey withEncryptions(List<byte[]> passwords, byte[] serviceKey, Instant when) {
    return new DatabaseMasterKey(databaseId, guid, passwords, serviceKey, created, when);
  }
}
