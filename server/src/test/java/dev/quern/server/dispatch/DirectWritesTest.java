package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quern.engine.api.ConnectionTraffic;
import dev.quern.tds.packet.PacketHeader;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request thread sends a response's last packet straight to the socket only when nothing the
 * connection wrote before can still be queued in Netty; otherwise, and on other transports, the
 * response goes through the pipeline as before. Real epoll sockets (skipped where epoll is
 * unavailable); a recording handler shows which writes went through the pipeline.
 */
class DirectWritesTest {
  private static final int PACKET_SIZE = 512;

  private MultiThreadIoEventLoopGroup group;
  private Channel server;
  private Socket client;
  private Channel channel;
  private ResponseChannel response;
  private final AtomicInteger pipelineWrites = new AtomicInteger();
  private final ConnectionTraffic traffic = new ConnectionTraffic();

  @BeforeEach
  void connect() throws Exception {
    assumeTrue(Epoll.isAvailable(), "epoll transport not available");
    group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    CompletableFuture<Channel> accepted = new CompletableFuture<>();
    server = new ServerBootstrap()
        .group(group)
        .channel(EpollServerSocketChannel.class)
        .childHandler(new ChannelDuplexHandler() {
          @Override
          public void channelActive(ChannelHandlerContext ctx) {
            accepted.complete(ctx.channel());
          }

          @Override
          public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            pipelineWrites.incrementAndGet();
            ctx.write(msg, promise);
          }
        })
        .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    client = new Socket("127.0.0.1", ((InetSocketAddress) server.localAddress()).getPort());
    client.setSoTimeout(10_000);
    channel = accepted.get(10, TimeUnit.SECONDS);
    response = new ResponseChannel(channel, 51, "test", 0x74000004, PACKET_SIZE);
    channel.eventLoop().submit(() -> response.enableDirectWrites(traffic)).get();
  }

  @AfterEach
  void close() throws Exception {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close().sync();
    }
    if (group != null) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  /** Writes one message of {@code n} payload bytes, all equal to {@code fill}, from this thread. */
  private void respond(int n, int fill) {
    response.writeMessage(b -> {
      for (int i = 0; i < n; i++) {
        b.writeByte(fill);
      }
    });
  }

  /** Reads one whole message (packets up to EOM) and returns its payload. */
  private byte[] readMessage() throws IOException {
    DataInputStream in = new DataInputStream(client.getInputStream());
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    while (true) {
      byte[] header = new byte[8];
      in.readFully(header);
      PacketHeader h = PacketHeader.decode(Unpooled.wrappedBuffer(header), PACKET_SIZE);
      byte[] body = new byte[h.length() - 8];
      in.readFully(body);
      payload.write(body);
      if ((h.status() & 1) != 0) {
        return payload.toByteArray();
      }
    }
  }

  private static byte[] filled(int n, int fill) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) fill);
    return b;
  }

  @Test
  void aSmallResponseFromARequestThreadBypassesTheEventLoop() throws Exception {
    for (int i = 0; i < 5; i++) {
      respond(30, i);
      assertThat(readMessage()).isEqualTo(filled(30, i));
    }
    assertThat(pipelineWrites).hasValue(0);
    assertThat(traffic.writes()).isEqualTo(5);
  }

  @Test
  void theEventLoopsOwnWritesGoThroughThePipeline() throws Exception {
    channel.eventLoop().submit(() -> respond(30, 7)).get();
    assertThat(readMessage()).isEqualTo(filled(30, 7));
    assertThat(pipelineWrites).hasValue(1);
  }

  @Test
  void aResponseNeverOvertakesOneStillQueuedInNetty() throws Exception {
    CountDownLatch loopBusy = new CountDownLatch(1);
    channel.eventLoop().execute(() -> awaitQuietly(loopBusy));
    // A multi-packet response: its full packets are write tasks the blocked loop has not run.
    respond(PACKET_SIZE * 6, 1);
    respond(20, 2);
    loopBusy.countDown();
    assertThat(readMessage()).isEqualTo(filled(PACKET_SIZE * 6, 1));
    assertThat(readMessage()).isEqualTo(filled(20, 2));
    assertThat(pipelineWrites.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aResponseNeverOvertakesAWriteQueuedForLater() throws Exception {
    CountDownLatch loopBusy = new CountDownLatch(1);
    channel.eventLoop().execute(() -> awaitQuietly(loopBusy));
    // As an attention acknowledgement is queued by the loop while no request runs.
    response.writeLater(() -> respond(10, 3));
    respond(10, 4);
    loopBusy.countDown();
    assertThat(readMessage()).isEqualTo(filled(10, 3));
    assertThat(readMessage()).isEqualTo(filled(10, 4));
  }

  @Test
  void afterTheChannelClosesNothingIsSentDirectly() throws Exception {
    channel.close().sync();
    ByteBuf b = channel.alloc().directBuffer(16).writeZero(16);
    try {
      assertThat(response.sendDirect(b)).isFalse();
      assertThat(b.readableBytes()).isEqualTo(16);
    } finally {
      b.release();
    }
    InputStream in = client.getInputStream();
    assertThat(in.read()).isEqualTo(-1); // the duplicate descriptor did not keep it open
  }

  @Test
  void otherTransportsHaveNoShortcut() {
    EmbeddedChannel embedded = new EmbeddedChannel();
    assertThat(SocketShortcut.open(embedded)).isNull();
    embedded.finishAndReleaseAll();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
