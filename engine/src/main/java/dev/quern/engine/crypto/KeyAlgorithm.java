package dev.quern.engine.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The symmetric key algorithms of CREATE SYMMETRIC KEY that Quern offers, with their
 * sys.symmetric_keys codes: the AES family and triple DES, in CBC mode with PKCS#7 padding as
 * SQL Server uses them. DES, DESX, RC2 and RC4 (deprecated since SQL Server 2012) are not offered.
 */
public enum KeyAlgorithm {
  AES_128("A1", 128, 16, "AES"),
  AES_192("A2", 192, 16, "AES"),
  AES_256("A3", 256, 16, "AES"),
  TRIPLE_DES("D3", 128, 8, "DESede"),
  TRIPLE_DES_3KEY("DT", 192, 8, "DESede");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String code;
  private final int bits;
  private final int block;
  private final String jce;

  KeyAlgorithm(String code, int bits, int block, String jce) {
    this.code = code;
    this.bits = bits;
    this.block = block;
    this.jce = jce;
  }

  public static Optional<KeyAlgorithm> named(String name) {
    return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }

  /** sys.symmetric_keys.key_algorithm. */
  public String code() {
    return code;
  }

  /** sys.symmetric_keys.key_length. */
  public int bits() {
    return bits;
  }

  /** The IV's length: one block. */
  public int blockSize() {
    return block;
  }

  /** New random key material. */
  public byte[] newKey() {
    byte[] k = new byte[bits / 8];
    RANDOM.nextBytes(k);
    return k;
  }

  /**
   * The key KEY_SOURCE derives: the first bytes of the SHA-512 of the pass phrase's bytes, so the
   * same pass phrase gives the same key on any Quern server. Decided: SQL Server's derivation is
   * undocumented, so such a key cannot decrypt data another SQL Server encrypted.
   */
  public byte[] derive(byte[] passPhrase) {
    return Arrays.copyOf(SealedText.digest("SHA-512", passPhrase), bits / 8);
  }

  public byte[] newIv() {
    byte[] iv = new byte[block];
    RANDOM.nextBytes(iv);
    return iv;
  }

  public byte[] encrypt(byte[] key, byte[] iv, byte[] data) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, key, iv).doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decryption of {@code data}, or null when it does not decrypt (a wrong key, mostly). */
  public byte[] decrypt(byte[] key, byte[] iv, byte[] data, int offset, int length) {
    if (length <= 0 || length % block != 0) {
      return null;
    }
    try {
      return cipher(Cipher.DECRYPT_MODE, key, iv).doFinal(data, offset, length);
    } catch (GeneralSecurityException e) {
      return null; // bad padding: not this key
    }
  }

  private Cipher cipher(int mode, byte[] key, byte[] iv) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance(jce + "/CBC/PKCS5Padding");
    c.init(mode, new SecretKeySpec(jceKey(key), jce), new IvParameterSpec(iv));
    return c;
  }

  /** Two-key triple DES is K1 K2 K1 to the JDK, which wants 24 bytes. */
  private byte[] jceKey(byte[] key) {
    if (this != TRIPLE_DES) {
      return key;
    }
    byte[] k = Arrays.copyOf(key, 24);
    System.arraycopy(key, 0, k, 16, 8);
    return k;
  }
}
