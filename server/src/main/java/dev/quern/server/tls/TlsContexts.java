package dev.quern.server.tls;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import javax.net.ssl.SSLException;

/**
 * The server's SSL contexts. TDS 7.x caps TLS at 1.2 [mssql-jdbc issue 1524: TLS inside PRELOGIN
 * assumes no post-handshake records]; TDS 8.0 offers TLS 1.3 and 1.2 and selects ALPN
 * {@code tds/8.0} when the client offers it (and proceeds without ALPN otherwise) [MS-TDS §1.7].
 */
public record TlsContexts(SslContext tds7, SslContext strict) {
  public static final String ALPN_TDS_8 = "tds/8.0";

  public static TlsContexts of(CertificateFiles files) throws IOException {
    try {
      SslContext tds7 = SslContextBuilder
          .forServer(files.certificate().toFile(), files.privateKey().toFile())
          .sslProvider(SslProvider.JDK)
          .protocols("TLSv1.2")
          .build();
      SslContext strict = SslContextBuilder
          .forServer(files.certificate().toFile(), files.privateKey().toFile())
          .sslProvider(SslProvider.JDK)
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
}
