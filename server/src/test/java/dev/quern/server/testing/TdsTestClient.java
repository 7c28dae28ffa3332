package dev.quern.server.testing;

import dev.quern.tds.message.AllHeaders;
import dev.quern.tds.message.FeatureExtension;
import dev.quern.tds.message.Login7Message;
import dev.quern.tds.message.PreloginMessage;
import dev.quern.tds.message.SqlBatchMessage;
import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.PacketWriter;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.DoneInProcToken;
import dev.quern.tds.token.DoneProcToken;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.EnvChangeToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.FeatureExtAckToken;
import dev.quern.tds.token.InfoToken;
import dev.quern.tds.token.LoginAckToken;
import dev.quern.tds.token.NbcRowToken;
import dev.quern.tds.token.OrderToken;
import dev.quern.tds.token.ReturnStatusToken;
import dev.quern.tds.token.ReturnValueToken;
import dev.quern.tds.token.RowToken;
import dev.quern.tds.token.TokenType;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** A minimal blocking TDS client for tests: sends messages, reads responses as tokens. */
public final class TdsTestClient implements AutoCloseable {
  private final Socket socket;
  private InputStream in;
  private OutputStream out;
  public int tdsVersion = TdsVersion.V7_4;
  public int packetSize = 4096;
  public int lastSpid;

  /** One response message: packet type and payload. */
  public record Message(int type, byte[] payload, int packets) {}

  public TdsTestClient(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(20_000);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  public static TdsTestClient connect(int port) throws IOException {
    return new TdsTestClient(new Socket("127.0.0.1", port));
  }

  /** A connection with a small receive buffer, so that a reader that stalls is felt quickly. */
  public static TdsTestClient connectSmallBuffer(int port) throws IOException {
    Socket s = new Socket();
    s.setReceiveBufferSize(64 * 1024);
    s.connect(new java.net.InetSocketAddress("127.0.0.1", port));
    return new TdsTestClient(s);
  }

  public Socket socket() {
    return socket;
  }

  /** Swaps the streams (TLS set-up). */
  public void streams(InputStream newIn, OutputStream newOut) {
    this.in = newIn;
    this.out = newOut;
  }

  public void send(PacketType type, int status, byte[] payload) throws IOException {
    ByteBuf buf = Unpooled.wrappedBuffer(payload);
    for (ByteBuf p : PacketWriter.split(ByteBufAllocator.DEFAULT, type, 0, packetSize, buf)) {
      p.setByte(1, p.getByte(1) | status);
      byte[] b = new byte[p.readableBytes()];
      p.readBytes(b);
      p.release();
      out.write(b);
    }
    out.flush();
  }

  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  public Message readMessage() throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    int type;
    int packets = 0;
    while (true) {
      byte[] header = readFully(8);
      PacketHeader h = PacketHeader.decode(Unpooled.wrappedBuffer(header), 32767);
      type = h.type();
      lastSpid = h.spid();
      payload.write(readFully(h.payloadLength()));
      packets++;
      if (h.isEom()) {
        return new Message(type, payload.toByteArray(), packets);
      }
    }
  }

  /** Reads one packet and drops it; true when it ended its message (EOM). */
  public boolean skipPacket() throws IOException {
    PacketHeader h = PacketHeader.decode(Unpooled.wrappedBuffer(readFully(8)), 32767);
    readFully(h.payloadLength());
    return h.isEom();
  }

  /** True when the server closed the connection (read returns end of stream or reset). */
  public boolean closedByServer() throws IOException {
    try {
      while (true) {
        if (in.read() < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private byte[] readFully(int n) throws IOException {
    byte[] b = new byte[n];
    int at = 0;
    while (at < n) {
      int r = in.read(b, at, n - at);
      if (r < 0) {
        throw new EOFException("Server closed after " + at + "/" + n + " bytes");
      }
      at += r;
    }
    return b;
  }

  public PreloginMessage prelogin(int encryption) throws IOException {
    return prelogin(new PreloginMessage(List.of(
        new PreloginMessage.Option(PreloginMessage.VERSION, new byte[] {13, 0, 0, 0, 0, 0}),
        new PreloginMessage.Option(PreloginMessage.ENCRYPTION, new byte[] {(byte) encryption}),
        new PreloginMessage.Option(PreloginMessage.TRACEID, new byte[36]))));
  }

  /** jTDS 1.3's PRELOGIN (ssl=request asks for OFF): VERSION 8.0.341, no MARS, no TRACEID. */
  public static PreloginMessage jtdsPrelogin(int encryption) {
    return new PreloginMessage(List.of(
        new PreloginMessage.Option(PreloginMessage.VERSION, new byte[] {8, 0, 1, 0x55, 0, 0}),
        new PreloginMessage.Option(PreloginMessage.ENCRYPTION, new byte[] {(byte) encryption}),
        new PreloginMessage.Option(PreloginMessage.INSTOPT, new byte[] {0}),
        new PreloginMessage.Option(PreloginMessage.THREADID, new byte[] {1, 2, 0, 0})));
  }

  public PreloginMessage prelogin(PreloginMessage req) throws IOException {
    ByteBuf b = Unpooled.buffer();
    req.encode(b);
    send(PacketType.PRELOGIN, 0x01, bytes(b));
    Message m = readMessage();
    return PreloginMessage.decode(Unpooled.wrappedBuffer(m.payload()));
  }

  public static Login7Message login7(int version, String user, String password, int packetSize,
      List<FeatureExtension> features) {
    return new Login7Message(version, packetSize, 0, 42, 0, 0xE0, 0x03, 0, features == null ? 0
        : Login7Message.FLAG3_EXTENSION, 0, 0x409, "testhost", user, password, "test-app",
        "localhost", "test-lib", "", "", new byte[6], new byte[0], "", "", features);
  }

  public byte[] loginBytes(Login7Message login) {
    ByteBuf b = Unpooled.buffer();
    login.encode(b);
    return bytes(b);
  }

  /** Sends LOGIN7 and reads the response tokens; adopts the negotiated packet size. */
  public List<Object> login(Login7Message login) throws IOException {
    tdsVersion = TdsVersion.fromLogin(login.tdsVersion());
    send(PacketType.LOGIN7, 0x01, loginBytes(login));
    List<Object> tokens = tokens(readMessage());
    for (Object t : tokens) {
      if (t instanceof EnvChangeToken e && e.type() == EnvChangeToken.PACKET_SIZE) {
        packetSize = Integer.parseInt(e.newText());
      }
    }
    return tokens;
  }

  public List<Object> batch(String sql) throws IOException {
    sendBatch(sql, 0);
    return tokens(readMessage());
  }

  public void sendBatch(String sql, int status) throws IOException {
    AllHeaders headers = TdsVersion.atLeast72(tdsVersion) ? AllHeaders.of(0) : AllHeaders.ABSENT;
    ByteBuf b = Unpooled.buffer();
    new SqlBatchMessage(headers, sql).encode(b);
    send(PacketType.SQL_BATCH, 0x01 | status, bytes(b));
  }

  public List<Object> tokens(Message m) {
    ByteBuf in = Unpooled.wrappedBuffer(m.payload());
    List<Object> tokens = new ArrayList<>();
    ColMetadataToken meta = null;
    int v = tdsVersion;
    while (in.isReadable()) {
      int type = in.getUnsignedByte(in.readerIndex());
      Object t = switch (type) {
        case TokenType.COLMETADATA -> {
          meta = ColMetadataToken.decode(in, v);
          yield meta;
        }
        case TokenType.ROW -> new Row(RowToken.decode(in, meta, v));
        case TokenType.NBCROW -> new Row(NbcRowToken.decode(in, meta, v));
        case TokenType.RETURNVALUE -> ReturnValueToken.decode(in, v);
        case TokenType.ORDER -> OrderToken.decode(in, v);
        case TokenType.ERROR -> ErrorToken.decode(in, v);
        case TokenType.INFO -> InfoToken.decode(in, v);
        case TokenType.LOGINACK -> LoginAckToken.decode(in, v);
        case TokenType.FEATUREEXTACK -> FeatureExtAckToken.decode(in, v);
        case TokenType.ENVCHANGE -> EnvChangeToken.decode(in, v);
        case TokenType.RETURNSTATUS -> ReturnStatusToken.decode(in, v);
        case TokenType.DONE -> DoneToken.decode(in, v);
        case TokenType.DONEPROC -> DoneProcToken.decode(in, v);
        case TokenType.DONEINPROC -> DoneInProcToken.decode(in, v);
        default -> throw new IllegalStateException("Unknown token 0x" + Integer.toHexString(type));
      };
      if (t == null) {
        throw new IllegalStateException("Truncated token 0x" + Integer.toHexString(type));
      }
      tokens.add(t);
    }
    return tokens;
  }

  /** A decoded ROW or NBCROW. */
  public record Row(Object[] values) {
    @Override
    public String toString() {
      return "Row" + java.util.Arrays.toString(values);
    }
  }

  public static byte[] bytes(ByteBuf b) {
    byte[] a = new byte[b.readableBytes()];
    b.readBytes(a);
    return a;
  }

  /** Token class names in order, e.g. [EnvChangeToken, InfoToken, …], for order assertions. */
  public static List<String> kinds(List<Object> tokens) {
    return tokens.stream().map(t -> t.getClass().getSimpleName()).toList();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
