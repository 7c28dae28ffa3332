package dev.quern.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.handler.ssl.SslProvider;
import org.junit.jupiter.api.Test;

class TlsProviderTest {
  @Test
  void handshakesRunOnBoringSslWhereItsNativeLibraryShips() {
    // The build bundles BoringSSL for linux-x86_64 only; elsewhere the JDK's provider serves.
    assumeTrue(System.getProperty("os.name").equals("Linux")
        && System.getProperty("os.arch").equals("amd64"));
    assertThat(TlsContexts.provider()).isEqualTo(SslProvider.OPENSSL);
  }

  @Test
  void theJdkProviderCanBeForced() {
    System.setProperty("quern.tls.provider", "jdk");
    try {
      assertThat(TlsContexts.provider()).isEqualTo(SslProvider.JDK);
    } finally {
      System.clearProperty("quern.tls.provider");
    }
  }
}
