package dev.quern.engine.crypto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The inner message SQL Server encrypts in both ENCRYPTBYPASSPHRASE and ENCRYPTBYKEY ("SQL Server
 * EncryptByKey cryptographic message description"): magic 0xBAADF00D, the integrity bytes' length
 * and the clear text's length (16-bit little-endian each), then the integrity bytes and the clear
 * text. The integrity bytes are empty, or a hash of the authenticator.
 *
 * <p>Decided: the integrity bytes are the SHA-1 of the authenticator's bytes; SQL Server does not
 * document the hash, so values encrypted with an authenticator may not move between servers.
 */
public final class SealedText {
  private static final int MAGIC = 0xBAADF00D;
  /** The header before the integrity bytes. */
  private static final int HEADER = 8;

  private SealedText() {}

  /** The inner message of {@code clear} with {@code integrity}. */
  public static byte[] seal(byte[] integrity, byte[] clear) {
    ByteBuffer inner = ByteBuffer.allocate(HEADER + integrity.length + clear.length).order(ByteOrder.LITTLE_ENDIAN);
    inner.putInt(MAGIC).putShort((short) integrity.length).putShort((short) clear.length).put(integrity).put(clear);
    return inner.array();
  }

  /** The clear text of an inner message, or null when it is none or its integrity bytes differ. */
  public static byte[] open(byte[] inner, byte[] integrity) {
    if (inner == null || inner.length < HEADER) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(inner).order(ByteOrder.LITTLE_ENDIAN);
    if (in.getInt() != MAGIC) {
      return null;
    }
    int checkLength = Short.toUnsignedInt(in.getShort());
    int clearLength = Short.toUnsignedInt(in.getShort());
    if (HEADER + checkLength + clearLength > inner.length) {
      return null;
    }
    if (!Arrays.equals(Arrays.copyOfRange(inner, HEADER, HEADER + checkLength), integrity)) {
      return null; // the authenticator does not match (or one is missing)
    }
    return Arrays.copyOfRange(inner, HEADER + checkLength, HEADER + checkLength + clearLength);
  }

  /** The integrity bytes of an authenticator: none for null. */
  public static byte[] integrity(byte[] authenticator) {
    return authenticator == null ? new byte[0] : digest("SHA-1", authenticator);
  }

  public static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
