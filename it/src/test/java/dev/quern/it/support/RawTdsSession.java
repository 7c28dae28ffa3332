package dev.quern.it.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A logged-in TDS 7.4 session on a raw socket, without encryption: PRELOGIN (ENCRYPT_NOT_SUP),
 * LOGIN7 as {@code sa} [MS-TDS §2.2.6.4], then whatever bytes a test wants to send and the
 * server's reply messages read packet by packet.
 */
public final class RawTdsSession implements AutoCloseable {
  /** TDS 7.4, what current drivers speak. */
  public static final int TDS_74 = 0x74000004;
  public static final int PACKET_SIZE = 4096;

  private static final int LOGIN7_FIXED_LENGTH = 94;
  private static final int ENCRYPT_NOT_SUP = 0x02;

  private final Socket socket;
  private final DataInputStream in;

  private RawTdsSession(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
  }

  /** Connects and logs in as {@code sa}; reads give up after {@code readTimeout}. */
  public static RawTdsSession login(QuernServer server, Duration readTimeout) throws IOException {
    RawTdsSession s = new RawTdsSession(RawTds.open(server, readTimeout));
    try {
      s.send(RawTds.PRELOGIN, prelogin());
      s.readMessage();
      s.send(RawTds.LOGIN7, login7("sa", server.saPassword()));
      byte[] reply = s.readMessage();
      if (reply.length == 0 || !TdsReply.of(reply).loggedIn()) {
        throw new IOException("login refused: " + TdsReply.of(reply));
      }
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  public Socket socket() {
    return socket;
  }

  /** {@code payload} as one message, in packets of the negotiated size. */
  public void send(int type, byte[] payload) throws IOException {
    RawTds.write(socket, packets(type, payload, PACKET_SIZE - RawTds.HEADER_LENGTH));
  }

  /** {@code payload} as one message, cut into packets of at most {@code chunk} payload bytes. */
  public static byte[] packets(int type, byte[] payload, int chunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 64);
    int id = 1;
    for (int at = 0; at < payload.length || at == 0; id++) {
      int n = Math.min(chunk, payload.length - at);
      boolean last = at + n >= payload.length;
      byte[] part = java.util.Arrays.copyOfRange(payload, at, at + n);
      out.writeBytes(RawTds.packet(type, last ? RawTds.EOM : 0, 0, id & 0xFF, part));
      at += n;
      if (payload.length == 0) {
        break;
      }
    }
    return out.toByteArray();
  }

  /**
   * The payload of the next whole reply message (packets up to EOM). Throws {@link EOFException}
   * when the server closed the connection and {@link SocketTimeoutException} when it said nothing
   * within the read timeout.
   */
  public byte[] readMessage() throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    while (true) {
      byte[] header = new byte[RawTds.HEADER_LENGTH];
      in.readFully(header);
      int status = header[1] & 0xFF;
      int length = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
      if (length < RawTds.HEADER_LENGTH) {
        throw new IOException("reply packet of length " + length);
      }
      byte[] payload = new byte[length - RawTds.HEADER_LENGTH];
      in.readFully(payload);
      message.writeBytes(payload);
      if ((status & RawTds.EOM) != 0) {
        return message.toByteArray();
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a socket the server may have reset already
    }
  }

  /** PRELOGIN with VERSION and ENCRYPTION = NOT_SUP [MS-TDS §2.2.6.5]. */
  private static byte[] prelogin() {
    ByteBuffer b = ByteBuffer.allocate(18); // option headers are big-endian
    b.put((byte) 0x00).putShort((short) 11).putShort((short) 6);
    b.put((byte) 0x01).putShort((short) 17).putShort((short) 1);
    b.put((byte) 0xFF);
    b.put(new byte[] {12, 0, 0, 0, 0, 0}); // client version 12.0.0.0
    b.put((byte) ENCRYPT_NOT_SUP);
    return b.array();
  }

  /** LOGIN7 for TDS 7.4 with the strings a driver sends [MS-TDS §2.2.6.4]. */
  private static byte[] login7(String user, String password) {
    String[] strings = {"fuzz-host", user, null, "quern-raw-tds", "localhost", null, "raw-tds",
        "", "master"};
    byte[] pw = obfuscate(password.getBytes(StandardCharsets.UTF_16LE));
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    ByteBuffer fixed = ByteBuffer.allocate(LOGIN7_FIXED_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
    fixed.position(4);
    fixed.putInt(TDS_74).putInt(PACKET_SIZE).putInt(7).putInt(1234).putInt(0);
    fixed.put((byte) 0xE0).put((byte) 0x03).put((byte) 0).put((byte) 0);
    fixed.putInt(0).putInt(0x0409);
    int offset = LOGIN7_FIXED_LENGTH;
    for (int i = 0; i < strings.length; i++) {
      byte[] bytes = i == 2 ? pw : strings[i] == null ? new byte[0]
          : strings[i].getBytes(StandardCharsets.UTF_16LE);
      fixed.putShort(36 + 4 * i, (short) offset).putShort(38 + 4 * i, (short) (bytes.length / 2));
      data.writeBytes(bytes);
      offset += bytes.length;
    }
    // ClientID (6 zero bytes), SSPI, AttachDBFile, ChangePassword: empty, at the end.
    for (int at : new int[] {78, 82, 86}) {
      fixed.putShort(at, (short) offset).putShort(at + 2, (short) 0);
    }
    fixed.putInt(0, offset);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(fixed.array());
    all.writeBytes(data.toByteArray());
    return all.toByteArray();
  }

  /** The password scrambling of LOGIN7: swap nibbles, then XOR 0xA5. */
  private static byte[] obfuscate(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      out[i] = (byte) ((((b << 4) & 0xF0) | (b >> 4)) ^ 0xA5);
    }
    return out;
  }
}
