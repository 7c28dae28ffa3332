package dev.quern.catalog.meta;

import java.time.Instant;

/**
 * A certificate of a database (CREATE CERTIFICATE, sys.certificates): the X.509 certificate as DER,
 * and its RSA private key (PKCS#8) encrypted by the database master key or by a password, or none.
 * Subject, dates, serial number and thumbprint are read from the DER when shown.
 *
 * @param protection sys.certificates.pvt_key_encryption_type: MK, PW or NA (no private key)
 * @param privateKey the encrypted private key; null when {@code protection} is NA
 * @param lastBackup when BACKUP CERTIFICATE last wrote the private key, or null
 */
public record Certificate(
    int databaseId, int certificateId, String name, int principalId, byte[] der, String protection,
    byte[] privateKey, Instant created, Instant lastBackup) {
  /** SQL Server numbers a database's certificates (and symmetric keys) from 256. */
  public static final int FIRST_ID = 256;

  public Certificate withPrivateKey(String newProtection, byte[] key) {
    return new Certificate(databaseId, certificateId, name, principalId, der, newProtection, key, created, lastBackup);
  }

  public Certificate backedUp(Instant when) {
    return new Certificate(databaseId, certificateId, name, principalId, der, protection, privateKey, created, when);
  }
}
