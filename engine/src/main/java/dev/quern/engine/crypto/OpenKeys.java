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
  /**
   * Keys DECRYPTBYKEYAUTOCERT decrypted, so a query over many rows pays the certificate's RSA
   * operation once: at most {@link #AUTO_OPENED} entries, the least recently used going first. The
   * caller keys them by everything that decided the result (catalog stamp, certificate, password).
   */
  private final Map<Object, byte[]> autoOpened = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
      return size() > AUTO_OPENED;
    }
  };
  private static final int AUTO_OPENED = 16;

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

  /** A key DECRYPTBYKEYAUTOCERT decrypted before under {@code cacheKey}, else {@code decrypt}'s (null: not kept). */
  public synchronized byte[] autoOpened(Object cacheKey, java.util.function.Supplier<byte[]> decrypt) {
    byte[] material = autoOpened.get(cacheKey);
    if (material == null) {
      material = decrypt.get();
      if (material != null) {
        autoOpened.put(cacheKey, material);
      }
    }
    return material;
  }

  /** Forgets the keys of a database (dropped or restored over). */
  public synchronized void forgetDatabase(int databaseId) {
    keys.keySet().removeIf(k -> k.getFirst() == databaseId);
    masterKeys.remove(databaseId);
    autoOpened.clear();
  }
}
