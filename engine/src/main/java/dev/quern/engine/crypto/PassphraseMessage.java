package dev.quern.engine.crypto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * ENCRYPTBYPASSPHRASE's message ("ENCRYPTBYPASSPHRASE (Transact-SQL)"): a 4-byte version, the IV,
 * then the CBC encryption of the {@link SealedText}. Version 2 (SQL Server 2017 on, what Quern
 * writes) keys AES-256 with the SHA-256 of the passphrase; version 1 (older servers, read only)
 * two-key triple DES with the first 16 bytes of its SHA-1. Quern also protects key material with
 * a password in this format.
 */
public final class PassphraseMessage {
  private PassphraseMessage() {}

  public static byte[] encrypt(byte[] passphrase, byte[] integrity, byte[] clear) {
    byte[] iv = KeyAlgorithm.AES_256.newIv();
    byte[] body = KeyAlgorithm.AES_256.encrypt(key(2, passphrase), iv, SealedText.seal(integrity, clear));
    return ByteBuffer.allocate(4 + iv.length + body.length).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(2).put(iv).put(body).array();
  }

  /** The clear text, or null for a wrong passphrase or integrity, or bytes that are no such message. */
  public static byte[] decrypt(byte[] passphrase, byte[] message, byte[] integrity) {
    if (message.length < 4) {
      return null;
    }
    int version = ByteBuffer.wrap(message, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    KeyAlgorithm algorithm = version == 2 ? KeyAlgorithm.AES_256 : version == 1 ? KeyAlgorithm.TRIPLE_DES : null;
    if (algorithm == null || message.length < 4 + 2 * algorithm.blockSize()) {
      return null;
    }
    int ivEnd = 4 + algorithm.blockSize();
    byte[] inner = algorithm.decrypt(key(version, passphrase), Arrays.copyOfRange(message, 4, ivEnd), message,
        ivEnd, message.length - ivEnd);
    return SealedText.open(inner, integrity);
  }

  private static byte[] key(int version, byte[] passphrase) {
    return version == 2
        ? SealedText.digest("SHA-256", passphrase)
        : Arrays.copyOf(SealedText.digest("SHA-1", passphrase), 16);
  }
}
