package dev.quern.server.dispatch;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.epoll.EpollSocketChannel;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request thread's own way to the connection's socket: a duplicate of Netty's descriptor, so
 * that a small response goes out with one {@code send} from the thread that made it instead of
 * as a task for the event loop. Handing a response to the loop wakes it (an eventfd write and a
 * wake-up of a sleeping thread, ~9 µs of the request thread's CPU alone) just so that it makes
 * the same system call; for a single-row commit that hand-off was a tenth of the server's CPU.
 *
 * <p>The descriptor is a duplicate (dup(2)), owned here, so a write can never land on a number
 * the kernel gave to another connection after Netty closed its own: {@link #close} runs under the
 * same lock as {@link #send}, when the channel has closed. Until then the duplicate keeps the
 * socket open, which only delays the FIN by that long.
 *
 * <p>Ordering with Netty's writes is the caller's business ({@link ResponseChannel}: only when
 * nothing of the connection is queued in Netty). Plain TCP only: a TLS session must encrypt
 * through its handler, and other transports have no descriptor.
 */
final class SocketShortcut {
  private static final Logger LOG = LoggerFactory.getLogger(SocketShortcut.class);
  /** send(2) flags: never block (the socket is non-blocking anyway), never raise SIGPIPE. */
  private static final int MSG_DONTWAIT = 0x40;
  private static final int MSG_NOSIGNAL = 0x4000;

  private static final MethodHandle DUP;
  private static final MethodHandle SEND;
  private static final MethodHandle CLOSE;

  static {
    MethodHandle dup = null;
    MethodHandle send = null;
    MethodHandle close = null;
    try {
      Linker linker = Linker.nativeLinker();
      SymbolLookup libc = linker.defaultLookup();
      dup = linker.downcallHandle(libc.find("dup").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
      send = linker.downcallHandle(libc.find("send").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
              ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
      close = linker.downcallHandle(libc.find("close").orElseThrow(),
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    } catch (RuntimeException | LinkageError e) {
      // No native access (or no libc symbols): every response goes through Netty, as before.
      LOG.debug("Direct socket writes unavailable: {}", e.toString());
      dup = null;
    }
    DUP = dup;
    SEND = send;
    CLOSE = close;
  }

  private final Object lock = new Object();
  private int fd;
  private boolean closed;

  private SocketShortcut(int fd) {
    this.fd = fd;
  }

  /**
   * A shortcut to {@code channel}'s socket, closed with the channel; null when the channel is not
   * a plain epoll TCP channel or the descriptor cannot be duplicated. Event loop only (the channel's
   * descriptor is open and stays so while this runs).
   */
  static SocketShortcut open(Channel channel) {
    if (DUP == null || !(channel instanceof EpollSocketChannel epoll) || !channel.isOpen()) {
      return null;
    }
    int copy;
    try {
      copy = (int) DUP.invokeExact(epoll.fd().intValue());
    } catch (Throwable e) {
      LOG.debug("dup failed: {}", e.toString());
      return null;
    }
    if (copy < 0) {
      return null;
    }
    SocketShortcut shortcut = new SocketShortcut(copy);
    // Runs at once if the channel closed meanwhile.
    channel.closeFuture().addListener(f -> shortcut.close());
    return shortcut;
  }

  /**
   * Sends as much of {@code buf}'s readable bytes as the socket takes now, without blocking, and
   * skips them in {@code buf}; true when all went. Anything the socket refuses (full, reset,
   * closed) stays in {@code buf}: the caller hands the rest to Netty, which reports errors as it
   * always does.
   */
  boolean send(ByteBuf buf) {
    if (!buf.hasMemoryAddress()) {
      return false;
    }
    int n = buf.readableBytes();
    long sent;
    synchronized (lock) {
      if (closed) {
        return false;
      }
      try {
        sent = (long) SEND.invokeExact(fd,
            MemorySegment.ofAddress(buf.memoryAddress() + buf.readerIndex()), (long) n,
            MSG_DONTWAIT | MSG_NOSIGNAL);
      } catch (Throwable e) {
        return false;
      }
    }
    if (sent <= 0) {
      return false;
    }
    buf.skipBytes((int) sent);
    return sent == n;
  }

  /** Closes the duplicate descriptor; later sends write nothing. */
  void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        int ignored = (int) CLOSE.invokeExact(fd);
      } catch (Throwable e) {
        LOG.debug("close of a duplicated socket failed: {}", e.toString());
      }
      fd = -1;
    }
  }
}
