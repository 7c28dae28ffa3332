package dev.quern.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The hand-encoded certificate is one the JDK reads and verifies, and its key pair works. */
class SelfSignedCertificateTest {
  private static final ZonedDateTime START = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theJdkReadsAndVerifiesIt() throws Exception {
    SelfSignedCertificate made = SelfSignedCertificate.create("Customer Credit Records", START, START.plusYears(30));
    X509Certificate x = SelfSignedCertificate.parse(made.der());
    x.verify(x.getPublicKey());
    assertThat(CertificateKeys.commonName(x.getSubjectX500Principal())).isEqualTo("Customer Credit Records");
    assertThat(x.getNotBefore().toInstant()).isEqualTo(START.toInstant());
    assertThat(x.getNotAfter().toInstant()).isEqualTo(START.plusYears(30).toInstant()); // GeneralizedTime past 2049
    assertThat(CertificateKeys.keyBits(x)).isEqualTo(2048);
    assertThat(CertificateKeys.serialNumber(x)).matches("([0-9a-f]{2} ){15}[0-9a-f]{2}");
    assertThat(CertificateKeys.thumbprint(made.der())).hasSize(20);
  }

  @Test
  void itsKeysEncryptSignAndMatch() {
    SelfSignedCertificate made = SelfSignedCertificate.create("s", START, START.plusYears(1));
    X509Certificate x = SelfSignedCertificate.parse(made.der());
    byte[] text = "secret".getBytes(StandardCharsets.US_ASCII);
    assertThat(CertificateKeys.decrypt(made.privateKey(), CertificateKeys.encrypt(x, text))).isEqualTo(text);
    assertThat(CertificateKeys.encrypt(x, new byte[246])).isNull();
    byte[] signature = CertificateKeys.sign(made.privateKey(), text);
    assertThat(CertificateKeys.verify(x.getPublicKey(), text, signature)).isTrue();
    assertThat(CertificateKeys.verify(x.getPublicKey(), new byte[] {1}, signature)).isFalse();
    assertThat(CertificateKeys.matches(x, made.privateKey())).isTrue();
    SelfSignedCertificate other = SelfSignedCertificate.create("t", START, START.plusYears(1));
    assertThat(CertificateKeys.matches(x, other.privateKey())).isFalse();
  }
}
