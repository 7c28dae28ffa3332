package dev.quern.server.netty;

import dev.quern.engine.api.ConnectionInfo;
import dev.quern.engine.api.ConnectionTraffic;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;

import dev.quern.server.dispatch.RequestDispatcher;
import dev.quern.server.dispatch.ResponseChannel;
import dev.quern.server.login.EncryptionNegotiator;
import dev.quern.server.login.LoginFlow;
import dev.quern.server.login.LoginResponse;
import dev.quern.server.login.LoginResult;
import dev.quern.server.login.PreloginReply;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.Login7Message;
import dev.quern.tds.message.PreloginMessage;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.PacketWriter;
import dev.quern.tds.packet.TdsMessage;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One connection's state machine [MS-TDS §3.3.5]:
 *
 * <pre>
 * PRELOGIN ──PRELOGIN──▶ reply; TLS negotiated? insert prelogin-tls + tls ──▶ LOGIN
 * PRELOGIN ──LOGIN7 (jTDS without PRELOGIN)──────────────────────────────────▶ LOGGING_IN
 * LOGIN    ──LOGIN7 (login-only TLS: remove tls now)──────────────────────────▶ LOGGING_IN
 * LOGGING_IN ──virtual thread: LoginFlow──▶ response ──▶ LOGGED_IN | close
 * LOGGED_IN ──SQL_BATCH/RPC/TM/BULK_LOAD──▶ dispatcher; ATTENTION ──▶ dispatcher.attention()
 * </pre>
 *
 * Anything else is a protocol error: logged with the SPID, then the connection closes. A login
 * that has not finished within the configured timeout closes the connection too.
 */
public final class TdsConnectionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(TdsConnectionHandler.class);

  enum Phase { PRELOGIN, LOGIN, LOGGING_IN, LOGGED_IN }

  private final ServerContext server;
  private Phase phase = Phase.PRELOGIN;
  private int spid;
  private ResponseChannel response;
  private RequestDispatcher dispatcher;
  private boolean loginOnlyTls;
  private boolean encrypted;
  private ScheduledFuture<?> loginTimer;
  private boolean closed;
  private boolean failed;

  private final ConnectionTraffic traffic;
  private final Instant connectTime = Instant.now();

  public TdsConnectionHandler(ServerContext server, ConnectionTraffic traffic) {
    this.server = server;
    this.traffic = traffic;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    spid = server.spids().allocate();
    response = new ResponseChannel(ctx.channel(), spid, server.config().serverName(),
        TdsVersion.V7_4, PacketLimits.INITIAL_PACKET_SIZE);
    long timeout = server.config().loginTimeout().toMillis();
    loginTimer = ctx.executor().schedule(() -> loginTimedOut(ctx), timeout, TimeUnit.MILLISECONDS);
    withSpid(() -> LOG.debug("Connection from {}", ctx.channel().remoteAddress()));
    super.channelActive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof TdsMessage m)) {
      ReferenceCountUtil.release(msg);
      throw new TdsProtocolException("Unexpected inbound " + msg.getClass().getSimpleName());
    }
    MDC.put("spid", Integer.toString(spid));
    try {
      route(ctx, m);
    } finally {
      m.release();
      MDC.remove("spid");
    }
  }

  private void route(ChannelHandlerContext ctx, TdsMessage m) {
    switch (phase) {
      case PRELOGIN -> {
        if (m.type() == PacketType.PRELOGIN) {
          prelogin(ctx, PreloginMessage.decode(m.content()));
        } else if (m.type() == PacketType.LOGIN7) {
          // jTDS (ssl=off) opens with LOGIN7 and never sends PRELOGIN.
          encrypted = Boolean.TRUE.equals(ctx.channel().attr(TlsDetectHandler.STRICT).get());
          login(ctx, m);
        } else {
          throw unexpected(m);
        }
      }
      case LOGIN -> {
        if (m.type() != PacketType.LOGIN7) {
          throw unexpected(m);
        }
        if (loginOnlyTls) {
          // Encryption OFF: only the LOGIN7 packet was inside TLS; the rest is plaintext.
          ctx.pipeline().remove(TdsServerInitializer.TLS);
        }
        login(ctx, m);
      }
      case LOGGING_IN -> throw unexpected(m);
      case LOGGED_IN -> request(m);
    }
  }

  private void prelogin(ChannelHandlerContext ctx, PreloginMessage request) {
    boolean strict = Boolean.TRUE.equals(ctx.channel().attr(TlsDetectHandler.STRICT).get());
    // Under TDS 8.0 TLS already runs; the ENCRYPTION option means nothing more.
    int answer = strict ? Encryption.NOT_SUP
        : EncryptionNegotiator.negotiate(request, server.tls() != null,
            server.config().forceEncryption());
    LOG.debug("PRELOGIN {} → encryption {}", request, answer);
    ByteBuf payload = Unpooled.buffer();
    PreloginReply.to(request, answer).encode(payload);
    // mssql-jdbc insists on a single-packet reply.
    for (ByteBuf p : PacketWriter.split(ctx.alloc(), PacketType.TABULAR_RESULT, 0,
        PacketLimits.INITIAL_PACKET_SIZE, payload)) {
      ctx.write(p);
    }
    ctx.flush();
    encrypted = strict;
    if (!strict && EncryptionNegotiator.tlsFollows(answer)) {
      startPreloginTls(ctx);
      loginOnlyTls = EncryptionNegotiator.loginOnly(answer);
      encrypted = !loginOnlyTls;
    }
    phase = Phase.LOGIN;
  }

  private void startPreloginTls(ChannelHandlerContext ctx) {
    PreloginTlsHandler wrapper = new PreloginTlsHandler(0);
    SslHandler ssl = server.tls().tds7().newHandler(ctx.alloc());
    ctx.pipeline().addBefore(TdsServerInitializer.FRAMER, TdsServerInitializer.PRELOGIN_TLS,
        wrapper);
    ctx.pipeline().addBefore(TdsServerInitializer.FRAMER, TdsServerInitializer.TLS, ssl);
    wrapper.watch(ctx.pipeline().context(wrapper), ssl);
  }

  private void login(ChannelHandlerContext ctx, TdsMessage m) {
    Login7Message login = Login7Message.decode(m.content());
    LOG.debug("{}", login);
    phase = Phase.LOGGING_IN;
    if (server.config().forceEncryption() && !encrypted) {
      int version = LoginFlow.negotiateVersion(login.tdsVersion());
      writeLoginFailure(ctx, LoginResponse.failure(version == 0 ? TdsVersion.V7_1 : version,
          new ErrorToken(18456, 1, 14,
          "Login failed for user '" + login.userName() + "'. The server requires encryption.",
          server.config().serverName(), "", 1)));
      return;
    }
    ConnectionInfo connection = connectionInfo(ctx.channel());
    Thread.ofVirtual().name("quern-login-" + spid).start(() -> {
      LoginResult result;
      MDC.put("spid", Integer.toString(spid));
      try {
        result = server.loginFlow().login(login, spid, connection);
      } catch (RuntimeException e) {
        LOG.error("Login failed unexpectedly", e);
        ctx.channel().close();
        return;
      } finally {
        MDC.remove("spid");
      }
      ctx.executor().execute(() -> withSpid(() -> loginDone(ctx, result)));
    });
  }

  private ConnectionInfo connectionInfo(io.netty.channel.Channel ch) {
    InetSocketAddress remote = ch.remoteAddress() instanceof InetSocketAddress r ? r : null;
    InetSocketAddress local = ch.localAddress() instanceof InetSocketAddress l ? l : null;
    return new ConnectionInfo(
        UUID.randomUUID(), connectTime,
        remote == null ? null : remote.getAddress().getHostAddress(), remote == null ? 0 : remote.getPort(),
        local == null ? null : local.getAddress().getHostAddress(), local == null ? 0 : local.getPort(),
        encrypted, traffic);
  }

  private void loginDone(ChannelHandlerContext ctx, LoginResult result) {
    if (!result.succeeded()) {
      writeLoginFailure(ctx, result.tokens());
      return;
    }
    if (closed) {
      result.session().close();
      return;
    }
    loginTimer.cancel(false);
    response.writeMessage(b -> b.writeBytes(result.tokens()));
    // Both sides switch to the negotiated size with the next message [MS-TDS §2.2.7.9].
    response.negotiated(result.tdsVersion(), result.packetSize());
    TdsPacketDecoder framer = (TdsPacketDecoder) ctx.pipeline().get(TdsServerInitializer.FRAMER);
    framer.loggedIn(Math.max(result.packetSize(), PacketLimits.INITIAL_PACKET_SIZE));
    response.gate().reportWaitsTo(result.session().engineSession()::beginWait);
    result.session().engineSession().onKill(() -> ctx.channel().close());
    if (!encrypted && ctx.pipeline().get(TdsServerInitializer.TLS) == null) {
      // Plain TCP from here on: request threads may send small responses themselves.
      response.enableDirectWrites(traffic);
    }
    dispatcher = new RequestDispatcher(response, result.session());
    phase = Phase.LOGGED_IN;
  }

  private void writeLoginFailure(ChannelHandlerContext ctx, byte[] tokens) {
    response.writeMessage(b -> b.writeBytes(tokens));
    ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
  }

  private void request(TdsMessage m) {
    switch (m.type()) {
      case ATTENTION -> dispatcher.attention();
      case RPC -> dispatcher.submitRpc(contiguousCopy(m));
      case SQL_BATCH, TRANSACTION_MANAGER -> dispatcher.submit(contiguousCopy(m));
      // Decoded as a stream of rows while it is loaded: handed over as it is, not copied.
      case BULK_LOAD -> dispatcher.submit(m.retain());
      default -> throw unexpected(m);
    }
  }

  /**
   * The message with its payload copied into one heap buffer: the request thread decodes a flat
   * array instead of a composite of packet slices (RPC parameters were read with a component
   * lookup per access: a third of a batched insert's request-thread time), and the pooled packet
   * buffers go back to the allocator here, on the event loop that took them, not from the request
   * thread. The assembler bounded the size already.
   */
  private static TdsMessage contiguousCopy(TdsMessage m) {
    return m.replace(Unpooled.wrappedBuffer(ByteBufUtil.getBytes(m.content())));
  }

  private TdsProtocolException unexpected(TdsMessage m) {
    return new TdsProtocolException(m.type() + " message while in " + phase);
  }

  private void loginTimedOut(ChannelHandlerContext ctx) {
    if (phase != Phase.LOGGED_IN) {
      withSpid(() -> LOG.warn("Login did not complete within {}; closing",
          server.config().loginTimeout()));
      ctx.close();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    response.gate().signal();
    super.channelWritabilityChanged(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (failed) {
      return; // the decoders may report the same bad input again while the channel closes
    }
    failed = true;
    withSpid(() -> {
      Throwable root = rootCause(cause);
      if (root instanceof TdsProtocolException) {
        LOG.warn("Protocol error, closing: {}", root.getMessage());
      } else if (root instanceof IOException || root instanceof javax.net.ssl.SSLException) {
        LOG.info("Connection error, closing: {}", root.toString());
      } else {
        LOG.warn("Unexpected error, closing", cause);
      }
    });
    ctx.close();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    closed = true;
    if (loginTimer != null) {
      loginTimer.cancel(false);
    }
    if (dispatcher != null) {
      dispatcher.close();
    }
    server.spids().release(spid);
    withSpid(() -> LOG.debug("Connection closed"));
    super.channelInactive(ctx);
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private void withSpid(Runnable r) {
    MDC.put("spid", Integer.toString(spid));
    try {
      r.run();
    } finally {
      MDC.remove("spid");
    }
  }
}
