/**
 * TLS material: the server certificate (PEM files given on the command line, or a self-signed
 * certificate generated with BouncyCastle on first start and kept in the data directory) and the
 * two SSL contexts — TDS 7.x (TLS 1.2 only: TLS-inside-PRELOGIN breaks with TLS 1.3's
 * post-handshake records) and TDS 8.0 strict (TLS 1.3/1.2 with ALPN {@code tds/8.0}).
 *
 * <p>Imports Netty's ssl package and BouncyCastle; must not import other server packages.
 */
package dev.quern.server.tls;
