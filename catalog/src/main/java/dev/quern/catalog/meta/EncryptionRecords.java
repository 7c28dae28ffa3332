package dev.quern.catalog.meta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The database master keys, certificates and symmetric keys of a store's databases as one metadata
 * snapshot holds them (names case-insensitive, unique per database and kind).
 */
public final class EncryptionRecords {
  private final Map<Integer, DatabaseMasterKey> masterKeys = new HashMap<>();
  private final Map<Integer, List<Certificate>> certificates = new HashMap<>();
  private final Map<Integer, List<SymmetricKey>> keys = new HashMap<>();

  EncryptionRecords(Collection<DatabaseMasterKey> mks, Collection<Certificate> certs, Collection<SymmetricKey> sks) {
    mks.forEach(k -> masterKeys.put(k.databaseId(), k));
    certs.forEach(c -> certificates.computeIfAbsent(c.databaseId(), d -> new ArrayList<>()).add(c));
    sks.forEach(k -> keys.computeIfAbsent(k.databaseId(), d -> new ArrayList<>()).add(k));
    certificates.values().forEach(l -> l.sort(Comparator.comparingInt(Certificate::certificateId)));
    keys.values().forEach(l -> l.sort(Comparator.comparingInt(SymmetricKey::keyId)));
  }

  public Optional<DatabaseMasterKey> masterKey(int databaseId) {
    return Optional.ofNullable(masterKeys.get(databaseId));
  }

  /** A database's certificates, by certificate_id. */
  public List<Certificate> certificates(int databaseId) {
    return List.copyOf(certificates.getOrDefault(databaseId, List.of()));
  }

  /** A database's symmetric keys (not its master key), by symmetric_key_id. */
  public List<SymmetricKey> symmetricKeys(int databaseId) {
    return List.copyOf(keys.getOrDefault(databaseId, List.of()));
  }

  public Optional<Certificate> certificate(int databaseId, String name) {
    return certificates(databaseId).stream().filter(c -> Names.same(c.name(), name)).findFirst();
  }

  public Optional<Certificate> certificate(int databaseId, int id) {
    return certificates(databaseId).stream().filter(c -> c.certificateId() == id).findFirst();
  }

  public Optional<SymmetricKey> symmetricKey(int databaseId, String name) {
    return symmetricKeys(databaseId).stream().filter(k -> Names.same(k.name(), name)).findFirst();
  }

  public Optional<SymmetricKey> symmetricKey(int databaseId, int keyId) {
    return symmetricKeys(databaseId).stream().filter(k -> k.keyId() == keyId).findFirst();
  }

  /** The key of the database with this GUID (GUIDs are unique per database). */
  public Optional<SymmetricKey> symmetricKey(int databaseId, UUID guid) {
    return symmetricKeys(databaseId).stream().filter(k -> k.guid().equals(guid)).findFirst();
  }

  /** The next id of a certificate or symmetric key: they share SQL Server's numbering from 256. */
  int nextId(int databaseId) {
    int max = Certificate.FIRST_ID - 1;
    for (Certificate c : certificates(databaseId)) {
      max = Math.max(max, c.certificateId());
    }
    for (SymmetricKey k : symmetricKeys(databaseId)) {
      max = Math.max(max, k.keyId());
    }
    return max + 1;
  }
}
