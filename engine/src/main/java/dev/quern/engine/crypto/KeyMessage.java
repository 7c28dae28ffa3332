package dev.quern.engine.crypto;

import dev.quern.catalog.value.Guids;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * ENCRYPTBYKEY's message ("SQL Server EncryptByKey cryptographic message description"): the key's
 * GUID (16 bytes, SQL Server's uniqueidentifier byte order), the header version 1 and three zero
 * bytes, the IV (one block of the key's algorithm), then the CBC encryption of the {@link
 * SealedText}. DECRYPTBYKEY finds the key by the GUID, so any open key decrypts what it encrypted.
 */
public final class KeyMessage {
  private static final int GUID = 16;
  private static final int HEADER = GUID + 4;
  private static final byte VERSION = 1;

  private KeyMessage() {}

  public static byte[] encrypt(UUID guid, KeyAlgorithm algorithm, byte[] key, byte[] integrity, byte[] clear) {
    byte[] iv = algorithm.newIv();
    byte[] body = algorithm.encrypt(key, iv, SealedText.seal(integrity, clear));
    return ByteBuffer.allocate(HEADER + iv.length + body.length).put(Guids.toBytes(guid))
        .put(new byte[] {VERSION, 0, 0, 0}).put(iv).put(body).array();
  }

  /** The GUID of the key that encrypted {@code message}; empty for bytes too short to be one. */
  public static Optional<UUID> keyGuid(byte[] message) {
    return message.length < HEADER ? Optional.empty() : Optional.of(Guids.fromBytes(Arrays.copyOf(message, GUID)));
  }

  /** The clear text, or null for another key, a wrong integrity, or bytes that are no such message. */
  public static byte[] decrypt(KeyAlgorithm algorithm, byte[] key, byte[] message, byte[] integrity) {
    int ivEnd = HEADER + algorithm.blockSize();
    if (message.length < ivEnd + algorithm.blockSize() || message[GUID] != VERSION) {
      return null;
    }
    byte[] iv = Arrays.copyOfRange(message, HEADER, ivEnd);
    return SealedText.open(algorithm.decrypt(key, iv, message, ivEnd, message.length - ivEnd), integrity);
  }
}
