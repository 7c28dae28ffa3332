package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;

/**
 * Writes database master keys, certificates and symmetric keys in the caller's transaction as any
 * DDL (a rolled-back CREATE SYMMETRIC KEY leaves nothing). Reads come from {@link
 * Metadata#encryption}. The caller has checked names and protectors (the engine raises SQL Server's
 * errors) and encrypted the key material.
 */
public final class CatalogEncryption {
  private final Catalog catalog;

  CatalogEncryption(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The id a new certificate or symmetric key of the database gets (they share one numbering). */
  public int nextId(Metadata m, int databaseId) {
    return m.encryption().nextId(databaseId);
  }

  public void save(KvTxn txn, DatabaseMasterKey k) {
    txn.put(EncryptionCodec.masterKeyKey(k.databaseId()), EncryptionCodec.encode(k));
    catalog.stampWritten(txn);
  }

  public void save(KvTxn txn, Certificate c) {
    txn.put(EncryptionCodec.certificateKey(c.databaseId(), c.certificateId()), EncryptionCodec.encode(c));
    catalog.stampWritten(txn);
  }

  public void save(KvTxn txn, SymmetricKey k) {
    txn.put(EncryptionCodec.symmetricKeyKey(k.databaseId(), k.keyId()), EncryptionCodec.encode(k));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, DatabaseMasterKey k) {
    txn.delete(EncryptionCodec.masterKeyKey(k.databaseId()));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, Certificate c) {
    txn.delete(EncryptionCodec.certificateKey(c.databaseId(), c.certificateId()));
    catalog.stampWritten(txn);
  }

  public void drop(KvTxn txn, SymmetricKey k) {
    txn.delete(EncryptionCodec.symmetricKeyKey(k.databaseId(), k.keyId()));
    catalog.stampWritten(txn);
  }

  /** Forgets every key and certificate of a dropped database. */
  void dropDatabase(KvTxn txn, Metadata m, int databaseId) {
    m.encryption().masterKey(databaseId).ifPresent(k -> drop(txn, k));
    m.encryption().certificates(databaseId).forEach(c -> drop(txn, c));
    m.encryption().symmetricKeys(databaseId).forEach(k -> drop(txn, k));
  }
}
