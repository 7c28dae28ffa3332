package dev.quern.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * TDS on a raw socket, for tests of bad input: packets built byte by byte [MS-TDS §2.2.3], and the
 * check that the server ends a connection it should end. No client library in the way, so a test
 * can send what no driver would.
 */
public final class RawTds {
  public static final int SQL_BATCH = 0x01;
  public static final int RPC = 0x03;
  public static final int ATTENTION = 0x06;
  public static final int BULK_LOAD = 0x07;
  public static final int TRANSACTION_MANAGER = 0x0E;
  public static final int LOGIN7 = 0x10;
  public static final int PRELOGIN = 0x12;

  /** Packet status: end of message. */
  public static final int EOM = 0x01;
  public static final int HEADER_LENGTH = 8;

  /** More than a bad client may ever get back before the server hangs up. */
  private static final long MAX_REPLY_BYTES = 1 << 20;

  private RawTds() {}

  /** A socket to {@code server} whose reads give up after {@code readTimeout}. */
  public static Socket open(QuernServer server, Duration readTimeout) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(server.host(), server.port()), 5_000);
    socket.setSoTimeout((int) readTimeout.toMillis());
    socket.setTcpNoDelay(true);
    return socket;
  }

  public static void write(Socket socket, byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  /** One packet: the 8-byte header (SPID 0, packet id 1, window 0) and {@code payload}. */
  public static byte[] packet(int type, int status, byte[] payload) {
    return packet(type, status, 0, 1, payload);
  }

  /** One packet with the given header fields; the length is that of the bytes returned. */
  public static byte[] packet(int type, int status, int spid, int packetId, byte[] payload) {
    int length = HEADER_LENGTH + payload.length;
    ByteBuffer buffer = ByteBuffer.allocate(length); // big-endian, as the header is
    buffer.put((byte) type).put((byte) status).putShort((short) length);
    buffer.putShort((short) spid).put((byte) packetId).put((byte) 0);
    buffer.put(payload);
    return buffer.array();
  }

  /**
   * Reads (an error reply may come first) until the server closes or resets the connection;
   * fails if it keeps the connection open past the socket's read timeout or sends more than a
   * bad client deserves.
   */
  public static void assertServerEnds(Socket socket) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = socket.getInputStream();
      long received = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        received += n;
        if (received > MAX_REPLY_BYTES) {
          throw new AssertionError("the server sent a bad client more than " + MAX_REPLY_BYTES
              + " bytes");
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("server kept a bad connection open past the read timeout", e);
    } catch (IOException reset) {
      // a reset is a close too
    }
  }
}
