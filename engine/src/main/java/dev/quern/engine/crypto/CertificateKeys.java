package dev.quern.engine.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;

/**
 * The RSA operations of a certificate: ENCRYPTBYCERT / DECRYPTBYCERT (PKCS#1 v1.5 padding, so a
 * 2048-bit key takes at most 245 bytes, as in SQL Server), SIGNBYCERT / VERIFYSIGNEDBYCERT, and
 * protecting a symmetric key. Results are in the little-endian byte order of Windows CryptoAPI,
 * which SQL Server returns (the reverse of what the JDK gives).
 *
 * <p>Decided: signatures are SHA-256 with RSA; SQL Server does not document its hash.
 */
public final class CertificateKeys {
  private CertificateKeys() {}

  /** The RSA encryption of {@code clear}, or null when it is too long for the key. */
  public static byte[] encrypt(X509Certificate cert, byte[] clear) {
    try {
      Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      c.init(Cipher.ENCRYPT_MODE, cert.getPublicKey());
      return reversed(c.doFinal(clear));
    } catch (IllegalBlockSizeException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The clear text, or null when the bytes were not encrypted by this key pair. */
  public static byte[] decrypt(byte[] pkcs8, byte[] cipher) {
    try {
      Cipher c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
      c.init(Cipher.DECRYPT_MODE, privateKey(pkcs8));
      return c.doFinal(reversed(cipher));
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  public static byte[] sign(byte[] pkcs8, byte[] data) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(privateKey(pkcs8));
      s.update(data);
      return reversed(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initVerify(key);
      s.update(data);
      return s.verify(reversed(signature));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Whether a PKCS#8 private key is the one of {@code cert} (15474 otherwise). */
  public static boolean matches(X509Certificate cert, byte[] pkcs8) {
    byte[] probe = {1, 2, 3};
    return verify(cert.getPublicKey(), probe, sign(pkcs8, probe));
  }

  public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** sys.certificates.thumbprint: the SHA-1 of the certificate. */
  public static byte[] thumbprint(byte[] der) {
    return SealedText.digest("SHA-1", der);
  }

  /** sys.certificates.cert_serial_number: the serial number's bytes in hex, a space between each. */
  public static String serialNumber(X509Certificate cert) {
    byte[] b = cert.getSerialNumber().toByteArray();
    int from = b.length > 1 && b[0] == 0 ? 1 : 0;
    StringBuilder out = new StringBuilder();
    for (int i = from; i < b.length; i++) {
      out.append(i > from ? " " : "").append(HexFormat.of().toHexDigits(b[i]));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The common name of an X.500 name (what SUBJECT gave), else the whole name. */
  public static String commonName(javax.security.auth.x500.X500Principal p) {
    try {
      for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(p.getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (javax.naming.InvalidNameException e) {
      // fall through: show the name as it is
    }
    return p.getName();
  }

  /** The key's length in bits (sys.certificates.key_length). */
  public static int keyBits(X509Certificate cert) {
    return cert.getPublicKey() instanceof java.security.interfaces.RSAPublicKey r
        ? r.getModulus().bitLength()
        : BigInteger.ZERO.intValue();
  }

  private static byte[] reversed(byte[] b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = b[b.length - 1 - i];
    }
    return out;
  }
}
