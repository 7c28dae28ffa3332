package dev.quern.server.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listening server: binds, accepts, and hands each connection to the initializer. */
public final class TdsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TdsServer.class);
  private static final long SHUTDOWN_WAIT_SECONDS = 5;
  /** Results stream in 64–256 KB of outbound buffer per connection before writers wait. */
  private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(64 * 1024,
      256 * 1024);

  private final ServerContext context;
  private EventLoopGroup boss;
  private EventLoopGroup workers;
  private Channel channel;

  public TdsServer(ServerContext context) {
    this.context = context;
  }

  /** Binds and returns the port (useful when the configured port is 0). */
  public int start() throws InterruptedException {
    // Native epoll where it loads (fewer syscalls and cheaper wake-ups for the many small
    // request/response round trips); Java NIO elsewhere or with -Dquern.transport=nio.
    boolean epoll = !"nio".equalsIgnoreCase(System.getProperty("quern.transport"))
        && Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> serverChannel =
        epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    LOG.debug("Network transport: {}", epoll ? "epoll" : "nio");
    boss = new MultiThreadIoEventLoopGroup(1, io);
    workers = new MultiThreadIoEventLoopGroup(eventLoops(), io);
    ServerBootstrap b = new ServerBootstrap()
        .group(boss, workers)
        .channel(serverChannel)
        .option(ChannelOption.SO_BACKLOG, 256)
        .option(ChannelOption.SO_REUSEADDR, true)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.SO_KEEPALIVE, true)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
        .childHandler(new TdsServerInitializer(context));
    ServerConfig c = context.config();
    channel = b.bind(new InetSocketAddress(c.bindAddress(), c.port())).sync().channel();
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /**
   * One event loop per core (Netty's default is two): a loop runs the short requests it reads
   * itself (prepared point selects), so its work is CPU-bound, and with fewer loops each wake-up
   * finds more connections ready. Measured with 8 connections of point selects on 2 cores: about
   * a sixth less server CPU per select and higher throughput than with 4 loops; 1 loop used less
   * CPU still but capped throughput at one core. {@code -Dquern.eventLoops=N} overrides it.
   */
  static int eventLoops() {
    return Math.max(1, Integer.getInteger("quern.eventLoops", Runtime.getRuntime().availableProcessors()));
  }

  /** Waits until the server channel closes. */
  public void awaitClose() throws InterruptedException {
    channel.closeFuture().sync();
  }

  @Override
  public void close() {
    // Bounded waits: a shutdown hook that never returns leaves a process SIGTERM cannot stop
    // (seen once with the boss group's termination never reported), and the store unclosed.
    if (channel != null) {
      channel.close().awaitUninterruptibly(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
    }
    for (EventLoopGroup group : new EventLoopGroup[] {boss, workers}) {
      if (group != null
          && !group.shutdownGracefully(0, 2, TimeUnit.SECONDS)
              .awaitUninterruptibly(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Network threads did not stop within {} s; going on with the shutdown",
            SHUTDOWN_WAIT_SECONDS);
      }
    }
  }
}
