package dev.quern.engine.crypto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys a session has open (sys.openkeys): symmetric keys by OPEN SYMMETRIC KEY, and database
 * master keys by OPEN MASTER KEY. They belong to the session, not to a transaction: "If a
 * transaction in which the key was opened is rolled back, the key will remain open", as in SQL
 * Server. Held in memory only, never written.
 */
public final class OpenKeys {
  /** An open symmetric key and its material in clear. */
  public record OpenKey(
      int databaseId, int keyId, String name, UUID guid, KeyAlgorithm algorithm, byte[] material, Instant opened) {}

  private final Map<List<Integer>, OpenKey> keys = new LinkedHashMap<>();
  private final Map<Integer, byte[]> masterKeys = new HashMap<>();

  public synchronized void open(OpenKey key) {
    keys.putIfAbsent(List.of(key.databaseId(), key.keyId()), key); // opening an open key keeps it as it is
  }

  public synchronized void close(int databaseId, int keyId) {
    keys.remove(List.of(databaseId, keyId));
  }

  /** CLOSE ALL SYMMETRIC KEYS. */
  public synchronized void closeAll() {
    keys.clear();
  }

  public synchronized Optional<OpenKey> key(int databaseId, int keyId) {
    return Optional.ofNullable(keys.get(List.of(databaseId, keyId)));
  }

  /** The open key with this GUID (DECRYPTBYKEY finds its key by the GUID in the message). */
  public synchronized Optional<OpenKey> key(UUID guid) {
    return keys.values().stream().filter(k -> k.guid().equals(guid)).findFirst();
  }

  public synchronized List<OpenKey> keys() {
    return new ArrayList<>(keys.values());
  }

  /** Remembers a database master key OPEN MASTER KEY decrypted. */
  public synchronized void openMasterKey(int databaseId, byte[] material) {
    masterKeys.put(databaseId, material);
  }

  public synchronized void closeMasterKey(int databaseId) {
    masterKeys.remove(databaseId);
  }

  public synchronized Optional<byte[]> masterKey(int databaseId) {
    return Optional.ofNullable(masterKeys.get(databaseId));
  }

  /** Forgets the keys of a database (dropped or restored over). */
  public synchronized void forgetDatabase(int databaseId) {
    keys.keySet().removeIf(k -> k.getFirst() == databaseId);
    masterKeys.remove(databaseId);
  }
}
