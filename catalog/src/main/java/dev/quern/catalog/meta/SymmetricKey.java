package dev.quern.catalog.meta;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A symmetric key of a database (CREATE SYMMETRIC KEY, sys.symmetric_keys): its name, algorithm and
 * GUID, and the key material encrypted by each of its protectors (sys.key_encryptions), never in
 * clear.
 *
 * @param algorithm SQL Server's algorithm name, e.g. AES_256
 */
public record SymmetricKey(
    int databaseId, int keyId, String name, int principalId, String algorithm, UUID guid,
    List<Encryption> encryptions, Instant created, Instant modified) {
  /**
   * One protector's copy of the key (a sys.key_encryptions row).
   *
   * @param cryptType ESKP (password), ESKS (symmetric key), ESUC (certificate)
   * @param thumbprint the certificate's SHA-1 thumbprint, the protecting key's GUID bytes, or null
   * @param value the key material encrypted by that protector
   */
  public record Encryption(String cryptType, byte[] thumbprint, byte[] value) {}

  public SymmetricKey {
    encryptions = List.copyOf(encryptions);
  }
}
