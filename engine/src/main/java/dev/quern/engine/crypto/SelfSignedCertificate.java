package dev.quern.engine.crypto;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;

/**
 * What CREATE CERTIFICATE … WITH SUBJECT makes: a 2048-bit RSA key pair (SQL Server 2016 on) and an
 * X.509 certificate for it whose issuer and subject are both CN=subject, signed with its own key
 * (sha256WithRSAEncryption), a random positive 16-byte serial number.
 *
 * @param der the certificate
 * @param privateKey the private key, PKCS#8
 */
public record SelfSignedCertificate(byte[] der, byte[] privateKey) {
  public static final int KEY_BITS = 2048;
  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final SecureRandom RANDOM = new SecureRandom();

  public static SelfSignedCertificate create(String subject, ZonedDateTime start, ZonedDateTime expiry) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS, RANDOM);
      KeyPair pair = generator.generateKeyPair();
      byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
      byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(subject))));
      byte[] tbs = Der.sequence(
          Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
          Der.integer(new BigInteger(1, serial())),
          algorithm,
          name,
          Der.sequence(Der.time(start), Der.time(expiry)),
          name,
          pair.getPublic().getEncoded());
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(pair.getPrivate());
      signer.update(tbs);
      byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
      return new SelfSignedCertificate(der, pair.getPrivate().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serial() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    b[0] &= 0x7F; // positive, as RFC 5280 requires
    b[0] |= 0x01; // and 16 bytes long
    return b;
  }

  /** The JDK's reading of a stored certificate's DER. */
  public static X509Certificate parse(byte[] der) {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
