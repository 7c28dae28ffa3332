package dev.quern.engine.exec;

import dev.quern.catalog.meta.Certificate;
import dev.quern.catalog.meta.DatabaseMasterKey;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SymmetricKey;
import dev.quern.catalog.value.Guids;
import dev.quern.engine.crypto.CertificateKeys;
import dev.quern.engine.crypto.KeyAlgorithm;
import dev.quern.engine.crypto.KeyMessage;
import dev.quern.engine.crypto.OpenKeys;
import dev.quern.engine.crypto.PassphraseMessage;
import dev.quern.engine.crypto.SelfSignedCertificate;
import dev.quern.engine.error.EncryptionErrors;
import dev.quern.engine.session.SessionState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Walks a database's encryption hierarchy for a session ("Encryption hierarchy"): the database
 * master key is the one the session opened (OPEN MASTER KEY) or, when it is encrypted by the
 * service master key, opened automatically; certificates' private keys come from the master key or
 * their password; symmetric keys from a certificate, a password or an open symmetric key.
 * Passwords count as their UTF-16LE bytes.
 */
final class KeyChain {
  /** What the ENCRYPTBYKEY-format messages of a master key carry as its algorithm. */
  static final KeyAlgorithm MASTER_KEY_ALGORITHM = KeyAlgorithm.AES_256;

  private final SessionState state;
  private final Metadata metadata;
  private final int databaseId;

  KeyChain(SessionState state, Metadata metadata, int databaseId) {
    this.state = state;
    this.metadata = metadata;
    this.databaseId = databaseId;
  }

  static byte[] password(String password) {
    return password.getBytes(StandardCharsets.UTF_16LE);
  }

  OpenKeys openKeys() {
    return state.openKeys();
  }

  /** The database master key's material, if the session or the service master key can open it. */
  Optional<byte[]> masterKey() {
    Optional<DatabaseMasterKey> stored = metadata.encryption().masterKey(databaseId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> opened = openKeys().masterKey(databaseId);
    if (opened.isPresent()) {
      return opened;
    }
    byte[] byService = stored.get().byServiceKey();
    return byService == null
        ? Optional.empty()
        : Optional.ofNullable(state.store().storage().serviceMasterKey().decrypt(byService));
  }

  /** The master key's material, or 15581. */
  byte[] requireMasterKey() {
    return masterKey().orElseThrow(EncryptionErrors.NO_MASTER_KEY::raise);
  }

  /** {@code clear} encrypted by the database master key (15581 when it cannot be opened). */
  byte[] encryptByMasterKey(byte[] clear) {
    DatabaseMasterKey k = metadata.encryption().masterKey(databaseId).orElseThrow(EncryptionErrors.NO_MASTER_KEY::raise);
    return KeyMessage.encrypt(k.guid(), MASTER_KEY_ALGORITHM, requireMasterKey(), new byte[0], clear);
  }

  /**
   * A certificate's private key (PKCS#8): by the master key (MK; a password given is 15397), or by
   * its password (PW; a wrong or missing one is 15466). A certificate without one is 15556.
   */
  byte[] privateKey(Certificate c, String password) {
    switch (c.protection()) {
      case "MK" -> {
        if (password != null) {
          throw EncryptionErrors.NOT_PASSWORD_PROTECTED.raise("certificate");
        }
        byte[] key = KeyMessage.decrypt(MASTER_KEY_ALGORITHM, requireMasterKey(), c.privateKey(), new byte[0]);
        if (key == null) {
          throw EncryptionErrors.DECRYPTION_FAILED.raise();
        }
        return key;
      }
      case "PW" -> {
        byte[] key = password == null ? null : PassphraseMessage.decrypt(password(password), c.privateKey(), new byte[0]);
        if (key == null) {
          throw EncryptionErrors.DECRYPTION_FAILED.raise();
        }
        return key;
      }
      default -> throw EncryptionErrors.NO_PRIVATE_KEY.raise("certificate");
    }
  }

  /** The private key as {@link #privateKey}, or empty where that raises an error (the functions' NULL). */
  Optional<byte[]> privateKeyQuietly(Certificate c, String password) {
    try {
      return Optional.of(privateKey(c, password));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A symmetric key's material from the encryption by certificate {@code c}; 15313 when it has none. */
  byte[] keyByCertificate(SymmetricKey k, Certificate c, String password) {
    byte[] thumbprint = CertificateKeys.thumbprint(c.der());
    SymmetricKey.Encryption e = k.encryptions().stream()
        .filter(x -> x.cryptType().equals("ESUC") && Arrays.equals(x.thumbprint(), thumbprint)).findFirst()
        .orElseThrow(EncryptionErrors.WRONG_DECRYPTOR::raise);
    byte[] material = CertificateKeys.decrypt(privateKey(c, password), e.value());
    if (material == null) {
      throw EncryptionErrors.DECRYPTION_FAILED.raise();
    }
    return material;
  }

  /** A symmetric key's material from one of its password encryptions; 15313 when none is by it. */
  byte[] keyByPassword(SymmetricKey k, String password) {
    for (SymmetricKey.Encryption e : k.encryptions()) {
      if (e.cryptType().equals("ESKP")) {
        byte[] material = PassphraseMessage.decrypt(password(password), e.value(), new byte[0]);
        if (material != null) {
          return material;
        }
      }
    }
    throw EncryptionErrors.WRONG_DECRYPTOR.raise();
  }

  /** A symmetric key's material from its encryption by the open key {@code by}; 15313 when none. */
  byte[] keyBySymmetricKey(SymmetricKey k, OpenKeys.OpenKey by) {
    byte[] guid = Guids.toBytes(by.guid());
    SymmetricKey.Encryption e = k.encryptions().stream()
        .filter(x -> x.cryptType().equals("ESKS") && Arrays.equals(x.thumbprint(), guid)).findFirst()
        .orElseThrow(EncryptionErrors.WRONG_DECRYPTOR::raise);
    byte[] material = KeyMessage.decrypt(by.algorithm(), by.material(), e.value(), new byte[0]);
    if (material == null) {
      throw EncryptionErrors.DECRYPTION_FAILED.raise();
    }
    return material;
  }

  /** The algorithm of a stored key. */
  static KeyAlgorithm algorithm(SymmetricKey k) {
    return KeyAlgorithm.named(k.algorithm()).orElseThrow();
  }

  static java.security.cert.X509Certificate x509(Certificate c) {
    return SelfSignedCertificate.parse(c.der());
  }
}
