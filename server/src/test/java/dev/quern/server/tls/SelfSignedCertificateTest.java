package dev.quern.server.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelfSignedCertificateTest {
  @Test
  void generatesOnceAndReusesTheFiles(@TempDir Path dir) throws Exception {
    CertificateFiles first = SelfSignedCertificate.ensure(dir);
    String cert = Files.readString(first.certificate());
    assertThat(cert).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(Files.readString(first.privateKey())).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.privateKey())))
        .isEqualTo("rw-------");
    CertificateFiles again = SelfSignedCertificate.ensure(dir);
    assertThat(Files.readString(again.certificate())).isEqualTo(cert);
    TlsContexts contexts = TlsContexts.of(again);
    assertThat(contexts.tds7().isServer()).isTrue();
    assertThat(contexts.strict().applicationProtocolNegotiator().protocols())
        .containsExactly("tds/8.0");
  }
}
