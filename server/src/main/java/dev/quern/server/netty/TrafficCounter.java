package dev.quern.server.netty;

import dev.quern.engine.api.ConnectionTraffic;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/**
 * First in the pipeline: counts the socket's reads and writes (raw bytes, TLS included) for
 * sys.dm_exec_connections' num_reads/num_writes and last_read/last_write.
 */
final class TrafficCounter extends ChannelDuplexHandler {
  private final ConnectionTraffic traffic;

  TrafficCounter(ConnectionTraffic traffic) {
    this.traffic = traffic;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    traffic.read();
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    traffic.wrote();
    ctx.write(msg, promise);
  }
}
