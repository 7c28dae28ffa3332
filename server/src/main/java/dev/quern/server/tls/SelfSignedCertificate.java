package dev.quern.server.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates a self-signed ECDSA P-256 certificate for {@code localhost} (and 127.0.0.1) and writes
 * it with its PKCS#8 key as PEM files, the key readable by the owner only. Every TLS login makes
 * the server sign once: a P-256 signature costs a small fraction of an RSA-2048 one, and every
 * client we serve (JSSE, GnuTLS/OpenSSL under FreeTDS and the ODBC drivers, Schannel) accepts
 * ECDSA certificates. A certificate given with --tls-cert may be of either kind.
 */
public final class SelfSignedCertificate {
  public static final String CERT_FILE = "quern-cert.pem";
  public static final String KEY_FILE = "quern-key.pem";
  private static final Duration VALIDITY = Duration.ofDays(3650);

  private SelfSignedCertificate() {}

  /** The PEM pair in {@code dir}, generated there first when absent. */
  public static CertificateFiles ensure(Path dir) throws IOException {
    Path cert = dir.resolve(CERT_FILE);
    Path key = dir.resolve(KEY_FILE);
    if (Files.exists(cert) && Files.exists(key)) {
      return new CertificateFiles(cert, key);
    }
    Files.createDirectories(dir);
    String[] pem = generate("localhost");
    Path keyTmp = dir.resolve(KEY_FILE + ".tmp");
    Files.writeString(keyTmp, pem[1], StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(keyTmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: keep the platform's default permissions.
    }
    Files.move(keyTmp, key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(cert, pem[0], StandardCharsets.US_ASCII);
    return new CertificateFiles(cert, key);
  }

  /** Returns {certificate PEM, PKCS#8 private key PEM}. */
  static String[] generate(String hostName) {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair pair = gen.generateKeyPair();
      X500Name subject = new X500Name("CN=" + hostName + ", O=Quern");
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          subject, new BigInteger(64, new SecureRandom()).abs(),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject,
          pair.getPublic());
      builder.addExtension(Extension.basicConstraints, false, new BasicConstraints(false));
      builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
          new GeneralName[] {
            new GeneralName(GeneralName.dNSName, hostName),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1")
          }));
      X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      return new String[] {pem(cert), pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(
          pair.getPrivate(), null).generate())};
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
        | IOException e) {
      throw new IllegalStateException("Cannot generate a self-signed certificate", e);
    }
  }

  private static String pem(Object o) throws IOException {
    StringWriter s = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(s)) {
      w.writeObject(o);
    }
    return s.toString();
  }
}
