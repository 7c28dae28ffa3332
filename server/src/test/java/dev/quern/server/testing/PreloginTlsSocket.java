package dev.quern.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The client half of TLS inside PRELOGIN, the way mssql-jdbc does it: a JDK SSLSocket layered on
 * a socket whose streams wrap each TLS write into a 0x12 packet and strip 0x12 headers from what
 * the server sends, until the handshake is done; then the streams pass raw TLS through.
 */
public final class PreloginTlsSocket extends Socket {
  private static final byte ALERT_RECORD = 0x15;
  private final Socket raw;
  private volatile boolean wrapping = true;
  /** jTDS's proxy: close leaves the TCP socket open, TLS alerts are not sent. */
  private boolean jtds;
  private final InputStream in;
  private final OutputStream out;

  private PreloginTlsSocket(Socket raw) throws IOException {
    this.raw = raw;
    this.in = new Unwrapping(raw.getInputStream());
    this.out = new Wrapping(raw.getOutputStream());
  }

  /** Runs the handshake over {@code raw} (TLS 1.2, trusting any certificate). */
  public static SSLSocket handshake(Socket raw) throws Exception {
    PreloginTlsSocket proxy = new PreloginTlsSocket(raw);
    SSLSocket ssl = (SSLSocket) trustAll().getSocketFactory()
        .createSocket(proxy, "localhost", raw.getPort(), false);
    ssl.setEnabledProtocols(new String[] {"TLSv1.2"});
    ssl.startHandshake();
    proxy.wrapping = false;
    return ssl;
  }

  /**
   * jTDS's way (ssl=request): the SSLSocket auto-closes the proxy, and closing the proxy leaves the
   * TCP socket open, so that jTDS can close the SSLSocket after login-only TLS and go on in
   * plaintext. Closing that SSLSocket makes the JDK skip whatever is readable on the TCP socket.
   */
  public static SSLSocket handshakeAutoClosing(Socket raw) throws Exception {
    PreloginTlsSocket proxy = new PreloginTlsSocket(raw);
    proxy.jtds = true;
    SSLSocket ssl = (SSLSocket) trustAll().getSocketFactory()
        .createSocket(proxy, "localhost", raw.getPort(), true);
    ssl.setEnabledProtocols(new String[] {"TLSv1.2"});
    ssl.startHandshake();
    proxy.wrapping = false;
    return ssl;
  }

  /** TDS 8.0: TLS first on a fresh socket, offering ALPN tds/8.0. */
  public static SSLSocket strict(Socket raw) throws Exception {
    SSLSocket ssl = (SSLSocket) trustAll().getSocketFactory()
        .createSocket(raw, "localhost", raw.getPort(), true);
    SSLParameters p = ssl.getSSLParameters();
    p.setApplicationProtocols(new String[] {"tds/8.0"});
    ssl.setSSLParameters(p);
    ssl.startHandshake();
    return ssl;
  }

  public static SSLContext trustAll() throws Exception {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, new TrustManager[] {new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    }}, new SecureRandom());
    return ctx;
  }

  private final class Wrapping extends OutputStream {
    private final OutputStream sink;

    Wrapping(OutputStream sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!wrapping) {
        if (jtds && len > 0 && b[off] == ALERT_RECORD) {
          return; // jTDS TdsTlsOutputStream drops alerts, close_notify included
        }
        sink.write(b, off, len);
        return;
      }
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      int length = len + 8;
      p.write(new byte[] {0x12, 0x01, (byte) (length >> 8), (byte) length, 0, 0, 1, 0});
      p.write(b, off, len);
      sink.write(p.toByteArray());
    }

    @Override
    public void flush() throws IOException {
      sink.flush();
    }
  }

  private final class Unwrapping extends InputStream {
    private final InputStream source;
    private int remaining;

    Unwrapping(InputStream source) {
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int available() throws IOException {
      // What the JDK's SSLSocket close skips (deplete): the bytes readable on the TCP socket.
      return wrapping ? 0 : source.available();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (!wrapping) {
        return source.read(b, off, len);
      }
      while (remaining == 0) {
        byte[] h = source.readNBytes(8);
        if (h.length < 8) {
          throw new EOFException("Server closed during the TLS handshake");
        }
        remaining = (((h[2] & 0xFF) << 8) | (h[3] & 0xFF)) - 8;
      }
      int r = source.read(b, off, Math.min(len, remaining));
      if (r > 0) {
        remaining -= r;
      }
      return r;
    }
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public boolean isConnected() {
    return raw.isConnected();
  }

  @Override
  public boolean isClosed() {
    return raw.isClosed();
  }

  @Override
  public InetAddress getInetAddress() {
    return raw.getInetAddress();
  }

  @Override
  public int getPort() {
    return raw.getPort();
  }

  @Override
  public void setSoTimeout(int timeout) throws SocketException {
    raw.setSoTimeout(timeout);
  }

  @Override
  public int getSoTimeout() throws SocketException {
    return raw.getSoTimeout();
  }

  @Override
  public void close() throws IOException {
    if (!jtds) {
      raw.close();
    }
  }
}
