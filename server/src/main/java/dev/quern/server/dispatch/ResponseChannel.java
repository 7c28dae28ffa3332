package dev.quern.server.dispatch;

import dev.quern.engine.api.ConnectionTraffic;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The connection as responses see it: where to write, the SPID for packet headers, and the
 * negotiated TDS version and packet size (set once the login completes).
 */
public final class ResponseChannel {
  private final Channel channel;
  private final int spid;
  private final String serverName;
  private final WritabilityGate gate = new WritabilityGate();
  private volatile int tdsVersion;
  private volatile int packetSize;

  /**
   * Whether request threads may send a response's last bytes themselves ({@link #sendDirect});
   * on by default, {@code -Dquern.directWrites=false} sends everything through the event loop.
   */
  private static final boolean DIRECT_WRITES =
      Boolean.parseBoolean(System.getProperty("quern.directWrites", "true"));

  /** Set once after the login, on plain TCP only; null: every write goes through Netty. */
  private volatile SocketShortcut shortcut;
  private volatile ConnectionTraffic traffic;
  /**
   * Writes handed to the event loop by other threads (or queued there for later) that have not
   * completed: while any is, a direct send could overtake it. Writes the loop makes itself are
   * in the channel's outbound buffer until they complete, which {@link #sendDirect} checks too.
   */
  private final AtomicInteger queuedWrites = new AtomicInteger();
  private final ChannelFutureListener writeCompleted = f -> queuedWrites.decrementAndGet();

  public ResponseChannel(Channel channel, int spid, String serverName, int tdsVersion,
      int packetSize) {
    this.channel = channel;
    this.spid = spid;
    this.serverName = serverName;
    this.tdsVersion = tdsVersion;
    this.packetSize = packetSize;
  }

  public Channel channel() {
    return channel;
  }

  public int spid() {
    return spid;
  }

  public String serverName() {
    return serverName;
  }

  public int tdsVersion() {
    return tdsVersion;
  }

  public int packetSize() {
    return packetSize;
  }

  public WritabilityGate gate() {
    return gate;
  }

  /** Switches to what the login negotiated; takes effect with the next message. */
  public void negotiated(int version, int size) {
    this.tdsVersion = version;
    this.packetSize = size;
  }

  /**
   * Whether the event loop has no task queued (such as a response a request thread handed it), so
   * that a response the loop writes now cannot overtake one. Only Netty's single-thread loops can
   * tell; any other counts as busy.
   */
  public boolean eventLoopIdle() {
    return channel.eventLoop() instanceof SingleThreadEventExecutor loop && loop.pendingTasks() == 0;
  }

  /**
   * Lets request threads send small responses straight to the socket from now on (see {@link
   * SocketShortcut}); {@code traffic} counts those writes as the pipeline counts the others.
   * Event loop only, after the login; not for a connection that stays encrypted.
   */
  public void enableDirectWrites(ConnectionTraffic traffic) {
    if (!DIRECT_WRITES || shortcut != null) {
      return;
    }
    this.traffic = traffic;
    this.shortcut = SocketShortcut.open(channel);
  }

  /** Starts a response message. */
  public PacketOutput newMessage() {
    return new PacketOutput(this);
  }

  /**
   * The promise for a write of a response: counted until it completes when the write comes from
   * another thread than the event loop (it is a task the loop has yet to run), void otherwise.
   */
  ChannelPromise writePromise() {
    if (shortcut == null || channel.eventLoop().inEventLoop()) {
      return channel.voidPromise();
    }
    queuedWrites.incrementAndGet();
    return channel.newPromise().addListener(writeCompleted);
  }

  /**
   * Sends {@code last} (a response's last packet) from this request thread straight to the
   * socket when nothing this connection wrote before can still be on its way through Netty;
   * true when all of it went and the caller still owns (and releases) the buffer. What the socket
   * did not take stays readable in {@code last}, for the caller to write through Netty after the
   * part that went.
   */
  boolean sendDirect(ByteBuf last) {
    SocketShortcut s = shortcut;
    if (s == null || queuedWrites.get() != 0 || channel.eventLoop().inEventLoop()) {
      return false;
    }
    ChannelOutboundBuffer pending = channel.unsafe().outboundBuffer();
    if (pending == null || pending.totalPendingWriteBytes() != 0) {
      return false; // closed, or the loop still has bytes of an earlier response to write
    }
    int before = last.readableBytes();
    boolean all = s.send(last);
    if (last.readableBytes() != before) {
      traffic.wrote();
    }
    return all;
  }

  /**
   * Runs {@code write} on the event loop later; until it has run, request threads do not send
   * directly (it might be overtaken).
   */
  public void writeLater(Runnable write) {
    queuedWrites.incrementAndGet();
    try {
      channel.eventLoop().execute(() -> {
        try {
          write.run();
        } finally {
          queuedWrites.decrementAndGet();
        }
      });
    } catch (RuntimeException e) {
      queuedWrites.decrementAndGet(); // the loop is shutting down: the write is dropped
      throw e;
    }
  }

  /** Writes one whole message whose tokens {@code body} encodes. */
  public void writeMessage(Consumer<io.netty.buffer.ByteBuf> body) {
    PacketOutput out = newMessage();
    try {
      body.accept(out.buffer());
      out.end();
    } finally {
      out.abandon();
    }
  }
}
