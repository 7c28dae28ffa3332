package dev.quern.server.netty;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.PacketWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.PromiseCombiner;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries the TDS 7.x TLS handshake inside PRELOGIN packets [MS-TDS §3.3.5.2]: sits below the
 * {@link SslHandler}, strips the 0x12 packet headers from the client's handshake records and wraps
 * each flight the SslHandler writes into one PRELOGIN message. Once the handshake is done and its
 * last flight is out, it removes itself: from then on TLS records travel raw on the socket.
 *
 * <pre>
 * client ──12 hdr + ClientHello──▶ [this: unwrap] ──raw TLS──▶ SslHandler
 * client ◀──12 hdr + ServerHello…── [this: wrap]  ◀──raw TLS── SslHandler
 * … handshake complete → this handler leaves; raw TLS ⇄ SslHandler ⇄ TDS framing
 * </pre>
 *
 * Headers are parsed by their length, never by sniffing (TLS data may contain 0x12 bytes).
 */
public final class PreloginTlsHandler extends ChannelDuplexHandler {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(PreloginTlsHandler.class);
  private final int spid;
  private ByteBuf inbound;
  private CompositeByteBuf outbound;
  private final List<ChannelPromise> promises = new ArrayList<>();
  private boolean handshakeDone;

  public PreloginTlsHandler(int spid) {
    this.spid = spid;
  }

  /** Leaves the pipeline once the handshake has finished and its last flight is flushed. */
  public void watch(ChannelHandlerContext ctx, SslHandler ssl) {
    ssl.handshakeFuture().addListener(f -> {
      if (f.isSuccess()) {
        LOG.debug("TLS handshake done: {} {}", ssl.engine().getSession().getProtocol(),
            ssl.engine().getSession().getCipherSuite());
        handshakeDone = true;
        if (outbound == null || !outbound.isReadable()) {
          leave(ctx);
        }
      }
    });
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    inbound = ctx.alloc().buffer();
    outbound = ctx.alloc().compositeBuffer();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf in = (ByteBuf) msg;
    try {
      inbound.writeBytes(in);
    } finally {
      in.release();
    }
    while (true) {
      int start = inbound.readerIndex();
      PacketHeader h = PacketHeader.decode(inbound, PacketLimits.MAX_PACKET_SIZE);
      if (h == null) {
        break;
      }
      if (inbound.readableBytes() < h.payloadLength()) {
        inbound.readerIndex(start);
        break;
      }
      if (h.type() != PacketType.PRELOGIN.code()) {
        throw new TdsProtocolException("Packet type 0x" + Integer.toHexString(h.type())
            + " during the TLS handshake");
      }
      // A copy, not a slice: discardReadBytes below moves the bytes a slice would share.
      ctx.fireChannelRead(inbound.readBytes(h.payloadLength()));
    }
    inbound.discardReadBytes();
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (!(msg instanceof ByteBuf buf)) {
      ReferenceCountUtil.release(msg);
      promise.setFailure(new IllegalStateException("Unexpected write during the TLS handshake"));
      return;
    }
    outbound.addComponent(true, buf);
    promises.add(promise);
  }

  @Override
  public void flush(ChannelHandlerContext ctx) {
    if (outbound.isReadable()) {
      // One flight = one PRELOGIN message, split at the pre-negotiation packet size.
      ChannelPromise all = ctx.newPromise();
      PromiseCombiner combiner = new PromiseCombiner(ctx.executor());
      for (ByteBuf p :
          PacketWriter.split(ctx.alloc(), PacketType.PRELOGIN, spid,
              PacketLimits.INITIAL_PACKET_SIZE, outbound)) {
        combiner.add(ctx.write(p));
      }
      combiner.finish(all);
      List<ChannelPromise> waiting = List.copyOf(promises);
      promises.clear();
      all.addListener(f -> waiting.forEach(p -> {
        if (f.isSuccess()) {
          p.trySuccess();
        } else {
          p.tryFailure(f.cause());
        }
      }));
      outbound.release();
      outbound = ctx.alloc().compositeBuffer();
    }
    ctx.flush();
    if (handshakeDone) {
      leave(ctx);
    }
  }

  private void leave(ChannelHandlerContext ctx) {
    if (!ctx.isRemoved()) {
      ctx.pipeline().remove(this);
    }
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    ByteBuf rest = inbound;
    inbound = null;
    if (outbound != null) {
      outbound.release();
      outbound = null;
    }
    if (rest != null && rest.isReadable()) {
      // Raw TLS records that followed the handshake: hand them on unchanged.
      ctx.fireChannelRead(rest);
    } else if (rest != null) {
      rest.release();
    }
  }
}
