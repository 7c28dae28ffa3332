package dev.quern.server.dispatch;

import io.netty.channel.Channel;
import io.netty.util.concurrent.SingleThreadEventExecutor;
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

  /** Starts a response message. */
  public PacketOutput newMessage() {
    return new PacketOutput(channel, spid, packetSize, gate);
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
