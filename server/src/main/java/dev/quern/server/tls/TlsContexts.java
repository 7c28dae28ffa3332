package dev.quern.server.tls;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's SSL contexts. TDS 7.x caps TLS at 1.2 [mssql-jdbc issue 1524: TLS inside PRELOGIN
 * assumes no post-handshake records]; TDS 8.0 offers TLS 1.3 and 1.2 and selects ALPN
 * {@code tds/8.0} when the client offers it (and proceeds without ALPN otherwise) [MS-TDS §1.7].
 *
 * <p>Handshakes run on BoringSSL (netty-tcnative) when its native library loads: every login
 * pays one key exchange and one signature, which cost several times more in the JDK's Java
 * crypto. {@code -Dquern.tls.provider=jdk} forces the JDK's provider.
 */
public record TlsContexts(SslContext tds7, SslContext strict) {
  private static final Logger LOG = LoggerFactory.getLogger(TlsContexts.class);
  public static final String ALPN_TDS_8 = "tds/8.0";

  public static TlsContexts of(CertificateFiles files) throws IOException {
    SslProvider provider = provider();
    try {
      SslContext tds7 = SslContextBuilder
          .forServer(files.certificate().toFile(), files.privateKey().toFile())
          .sslProvider(provider)
          .protocols("TLSv1.2")
          .build();
      SslContext strict = SslContextBuilder
          .forServer(files.certificate().toFile(), files.privateKey().toFile())
          .sslProvider(provider)
          .protocols("TLSv1.3", "TLSv1.2")
          .applicationProtocolConfig(new ApplicationProtocolConfig(
              ApplicationProtocolConfig.Protocol.ALPN,
              ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
              ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
              ALPN_TDS_8))
          .build();
      return new TlsContexts(tds7, strict);
    } catch (SSLException e) {
      throw new IOException("Cannot load the TLS certificate " + files.certificate() + ": "
          + e.getMessage(), e);
    }
  }

  /** BoringSSL when it loads and is not turned off; the JDK's provider otherwise. */
  static SslProvider provider() {
    if ("jdk".equalsIgnoreCase(System.getProperty("quern.tls.provider"))) {
      return SslProvider.JDK;
    }
    if (OpenSsl.isAvailable()) {
      LOG.debug("TLS on {}", OpenSsl.versionString());
      return SslProvider.OPENSSL;
    }
    LOG.info("TLS on the JDK's provider: the native BoringSSL library did not load ({})",
        OpenSsl.unavailabilityCause().toString());
    return SslProvider.JDK;
  }
}
