package dev.quern.server.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.AttributeKey;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the connection's first byte: 0x16 is a TLS ClientHello, i.e. a TDS 8.0 ("strict")
 * client that runs TLS before any TDS [MS-TDS §3.3.5.1]; then a TLS handler (TLS 1.3/1.2, ALPN
 * {@code tds/8.0}) goes in front of the TDS framing. Either way this handler then leaves and the
 * bytes it saw flow on unchanged.
 */
public final class TlsDetectHandler extends ByteToMessageDecoder {
  /** Set on channels that speak TDS 8.0 (TLS first). */
  public static final AttributeKey<Boolean> STRICT = AttributeKey.valueOf("quern.strict");

  static final int TLS_HANDSHAKE_RECORD = 0x16;
  private static final Logger LOG = LoggerFactory.getLogger(TlsDetectHandler.class);

  private final ServerContext server;

  public TlsDetectHandler(ServerContext server) {
    this.server = server;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (!in.isReadable()) {
      return;
    }
    if (in.getUnsignedByte(in.readerIndex()) == TLS_HANDSHAKE_RECORD) {
      if (server.tls() == null) {
        LOG.info("TDS 8.0 client but no TLS certificate is configured; closing");
        in.skipBytes(in.readableBytes());
        ctx.close();
        return;
      }
      ctx.channel().attr(STRICT).set(true);
      ctx.pipeline().addAfter(ctx.name(), TdsServerInitializer.TLS,
          server.tls().strict().newHandler(ctx.alloc()));
    }
    ctx.pipeline().remove(this);
  }
}
