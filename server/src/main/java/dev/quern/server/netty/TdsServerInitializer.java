package dev.quern.server.netty;

import dev.quern.engine.api.ConnectionTraffic;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each connection's pipeline. Handlers, in order from the socket:
 *
 * <pre>
 * detect      first byte 0x16 → TDS 8.0: insert "tls" (TLS first), then leave
 * [prelogin-tls, tls]  inserted by "connection" after PRELOGIN when TLS was negotiated (TDS 7.x)
 * framer      bytes → TDS packets, by header length, bounded by the negotiated packet size;
 *             a header no client could send in this phase closes the connection at once
 * assembler   packets → messages (up to EOM), bounded per message type
 * connection  the connection's state machine: PRELOGIN → TLS → LOGIN7 → requests
 * </pre>
 */
public final class TdsServerInitializer extends ChannelInitializer<SocketChannel> {
  public static final String DETECT = "detect";
  public static final String PRELOGIN_TLS = "prelogin-tls";
  public static final String TLS = "tls";
  public static final String FRAMER = "framer";
  static final String TRAFFIC = "traffic";
  public static final String ASSEMBLER = "assembler";
  public static final String CONNECTION = "connection";

  private static final Logger LOG = LoggerFactory.getLogger(TdsServerInitializer.class);

  private final ServerContext server;
  private final AtomicInteger open = new AtomicInteger();

  public TdsServerInitializer(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void initChannel(SocketChannel ch) {
    if (open.incrementAndGet() > server.config().maxConnections()) {
      open.decrementAndGet();
      LOG.warn("Refusing {}: {} connections already open", ch.remoteAddress(),
          server.config().maxConnections());
      ch.close();
      return;
    }
    ch.closeFuture().addListener(f -> open.decrementAndGet());
    ConnectionTraffic traffic = new ConnectionTraffic();
    ch.pipeline()
        // 0. Count socket reads and writes (sys.dm_exec_connections).
        .addLast(TRAFFIC, new TrafficCounter(traffic))
        // 1. TDS 8.0 clients start with a TLS ClientHello instead of PRELOGIN.
        .addLast(DETECT, new TlsDetectHandler(server))
        // 2. Frame the (decrypted) byte stream into packets.
        .addLast(FRAMER, new TdsPacketDecoder())
        // 3. Join packets into messages.
        .addLast(ASSEMBLER, new TdsMessageAssembler())
        // 4. PRELOGIN, TLS set-up, login, then requests to the dispatcher.
        .addLast(CONNECTION, new TdsConnectionHandler(server, traffic));
  }

  /** Connections open right now. */
  public int openConnections() {
    return open.get();
  }
}
