package dev.quern.server.dispatch;

import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;

/**
 * One response message being written: tokens are encoded into {@link #buffer()}, and full
 * packets (status 0) are cut off and written a few at a time as they fill, the rest with EOM at
 * {@link #end()}.
 * Writing waits at the {@link WritabilityGate} so a large result streams instead of buffering.
 * Used by one thread at a time.
 */
public final class PacketOutput {
  private final Channel channel;
  private final int spid;
  private final int payloadSize;
  private final WritabilityGate gate;
  /** Full packets handed to the channel per write while a response is encoded. */
  private static final int PACKETS_PER_WRITE = 4;

  /** The connection's writer, for counted writes and direct sends; null for a bare channel. */
  private final ResponseChannel owner;
  private final ByteBuf pending;
  private int packetId = 1;
  private boolean ended;

  /** A message on a bare channel: every write goes through Netty. */
  public PacketOutput(Channel channel, int spid, int packetSize, WritabilityGate gate) {
    this(channel, spid, packetSize, gate, null);
  }

  PacketOutput(ResponseChannel owner) {
    this(owner.channel(), owner.spid(), owner.packetSize(), owner.gate(), owner);
  }

  private PacketOutput(
      Channel channel, int spid, int packetSize, WritabilityGate gate, ResponseChannel owner) {
    this.owner = owner;
    this.channel = channel;
    this.spid = spid;
    this.payloadSize = packetSize - PacketLimits.HEADER_LENGTH;
    this.gate = gate;
    this.pending = channel.alloc().buffer(packetSize);
    // Room for the last packet's header in front of its payload (see end()).
    pending.writerIndex(PacketLimits.HEADER_LENGTH).readerIndex(PacketLimits.HEADER_LENGTH);
  }

  /** Where to encode the next token. */
  public ByteBuf buffer() {
    return pending;
  }

  /**
   * Writes out full packets once {@value #PACKETS_PER_WRITE} of them are in the buffer, that many
   * in one write; blocks while the channel is not writable. From a request thread every write is
   * a task for the event loop: a large result handed over a packet at a time cost the loop more
   * than the socket writes.
   */
  public void packetize() {
    writeFullPackets(PACKETS_PER_WRITE);
  }

  /** Writes full packets while more than {@code batch} packets' payload is buffered. */
  private void writeFullPackets(int batch) {
    while (pending.readableBytes() > payloadSize * batch) {
      int packets = Math.min(PACKETS_PER_WRITE, (pending.readableBytes() - 1) / payloadSize);
      writePackets(packets);
      if (!channel.isWritable()) {
        channel.flush();
        // Only request threads wait; the event loop must never block.
        if (!channel.eventLoop().inEventLoop()) {
          gate.await(channel);
        }
      }
    }
    if (pending.readerIndex() > payloadSize * 4) {
      pending.discardReadBytes();
    }
  }

  /** Writes the rest as the last packet (EOM) and flushes; the buffer is Netty's or released. */
  public void end() {
    if (ended) {
      return;
    }
    ended = true;
    boolean handedOver = false;
    try {
      writeFullPackets(1);
      ByteBuf last;
      if (pending.readerIndex() >= PacketLimits.HEADER_LENGTH) {
        last = inPlaceLastPacket();
        handedOver = true; // from here Netty releases it, written or not
      } else {
        last = packet(pending.readableBytes(), PacketStatus.EOM); // after discardReadBytes
      }
      // A request thread sends the last packet itself when it may (see ResponseChannel): no
      // task for the event loop, no wake-up of it.
      if (owner != null && owner.sendDirect(last)) {
        last.release();
        return;
      }
      // One task for the event loop, not a write task and then a flush task: each hand-off from
      // a request thread wakes the loop, a measurable share of a point select's time.
      channel.writeAndFlush(last, promise());
    } finally {
      if (!handedOver) {
        pending.release();
      }
    }
  }

  /**
   * The buffer itself as the last packet: its header goes over the 8 bytes in front of the unsent
   * rest (reserved at the start, or already copied into an earlier packet). A response that fits
   * one packet (most do) then needs no second buffer from the allocator and no copy, which from a
   * request thread cost more than encoding a point select's row.
   */
  private ByteBuf inPlaceLastPacket() {
    if (!channel.isActive()) {
      throw new ClientGoneException();
    }
    int n = pending.readableBytes();
    int end = pending.writerIndex();
    int start = pending.readerIndex() - PacketLimits.HEADER_LENGTH;
    // Encoded through the buffer's own indexes: a slice's per-byte access checks cost more.
    pending.readerIndex(start).writerIndex(start);
    header(n, PacketStatus.EOM).encode(pending);
    return pending.writerIndex(end);
  }

  /** Drops what was not written (the connection is gone). */
  public void abandon() {
    if (!ended) {
      ended = true;
      pending.release();
    }
  }

  /** The next {@code count} full packets of the buffer, each with its header, in one write. */
  private void writePackets(int count) {
    if (!channel.isActive()) {
      throw new ClientGoneException();
    }
    ByteBuf b = channel.alloc().buffer(count * (PacketLimits.HEADER_LENGTH + payloadSize));
    for (int i = 0; i < count; i++) {
      header(payloadSize, 0).encode(b);
      b.writeBytes(pending, payloadSize);
    }
    channel.write(b, promise());
  }

  private ChannelPromise promise() {
    return owner == null ? channel.voidPromise() : owner.writePromise();
  }

  /** The next {@code n} bytes of the buffer as a packet with its header. */
  private ByteBuf packet(int n, int status) {
    if (!channel.isActive()) {
      throw new ClientGoneException();
    }
    ByteBuf p = channel.alloc().buffer(PacketLimits.HEADER_LENGTH + n);
    header(n, status).encode(p);
    p.writeBytes(pending, n);
    return p;
  }

  private PacketHeader header(int n, int status) {
    return new PacketHeader(
        PacketType.TABULAR_RESULT.code(), status, PacketLimits.HEADER_LENGTH + n, spid,
        packetId++ & 0xFF, 0);
  }
}
