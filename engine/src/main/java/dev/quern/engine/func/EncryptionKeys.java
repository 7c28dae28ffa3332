package dev.quern.engine.func;

import java.util.Optional;
import java.util.UUID;

/**
 * What the key and certificate built-ins ask of the session: its open symmetric keys and the
 * current database's keys and certificates. Every byte[] answer is null where SQL Server's function
 * returns NULL (a key not open, a certificate not there or without a usable private key, bytes
 * that do not decrypt); none raises an error.
 */
public interface EncryptionKeys {
  /** KEY_GUID: the GUID of the symmetric key (or ##MS_DatabaseMasterKey##) of the current database. */
  Optional<UUID> keyGuid(String name);

  Optional<Integer> keyId(String name);

  /** KEY_NAME: the name of the current database's key with this GUID. */
  Optional<String> keyName(UUID guid);

  Optional<Integer> certificateId(String name);

  /** ENCRYPTBYKEY with the session's open key of this GUID. */
  byte[] encryptByKey(UUID guid, byte[] integrity, byte[] clear);

  /** DECRYPTBYKEY with whichever open key the message names. */
  byte[] decryptByKey(byte[] message, byte[] integrity);

  /** DECRYPTBYKEYAUTOCERT: the key the message names, opened by the certificate for this call only. */
  byte[] decryptByKeyAutoCert(int certificateId, String password, byte[] message, byte[] integrity);

  byte[] encryptByCert(int certificateId, byte[] clear);

  byte[] decryptByCert(int certificateId, byte[] cipher, String password);

  byte[] signByCert(int certificateId, byte[] data, String password);

  /** VERIFYSIGNEDBYCERT: 1 or 0; null for no such certificate. */
  Integer verifySignedByCert(int certificateId, byte[] data, byte[] signature);

  /** CERTPROPERTY: a sql_variant value, or null for no such certificate or property. */
  Object certificateProperty(int certificateId, String property);
}
