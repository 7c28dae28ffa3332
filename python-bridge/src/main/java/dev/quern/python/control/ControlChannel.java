package dev.quern.python.control;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * One satellite's control connection: frames out, one decoded message in at a time.
 *
 * <p>Out: {@link #queue} holds frames back until the next {@link #send}, which writes them and its
 * own in one gathering write, so the satellite wakes once for all of them (protocol version 3:
 * EXECUTE travels with the first DATA or RUN). In: reads take whatever the socket holds, so the
 * frames of one satellite write (ACK, DATA, RUN_DONE, DONE) cost one read, not two per frame.
 */
public final class ControlChannel implements AutoCloseable {
  /** Bytes asked of the socket per read; a larger frame gets a buffer of its own size. */
  private static final int READ_BUFFER = 16 * 1024;

  private final SocketChannel socket;
  private final List<ByteBuffer> queued = new ArrayList<>();
  /** Received bytes not yet decoded: between position and limit (kept in read mode). */
  private ByteBuffer in = ByteBuffer.allocate(READ_BUFFER).flip();

  public ControlChannel(SocketChannel socket) {
    this.socket = socket;
  }

  /** Holds {@code m} back until the next {@link #send}. */
  public void queue(Message m) {
    queued.add(MessageCodec.encode(m));
  }

  /** Writes the queued messages and these in one write: the peer wakes once for all of them. */
  public void send(Message first, Message... more) throws IOException {
    queued.add(MessageCodec.encode(first));
    for (Message m : more) {
      queued.add(MessageCodec.encode(m));
    }
    ByteBuffer[] frames = queued.toArray(ByteBuffer[]::new);
    queued.clear();
    long left = 0;
    for (ByteBuffer f : frames) {
      left += f.remaining();
    }
    while (left > 0) {
      left -= socket.write(frames);
    }
  }

  public Message receive() throws IOException {
    int n = frameLength();
    while (n < 0 || in.remaining() < 4 + n) {
      fill(n);
      n = frameLength();
    }
    in.position(in.position() + 4);
    ByteBuffer body = in.slice(in.position(), n);
    in.position(in.position() + n);
    return MessageCodec.decode(body);
  }

  /** Whether a whole frame of message type {@code type} is buffered, not yet received. */
  public boolean holds(int type) {
    int p = in.position();
    while (in.limit() - p >= 4) {
      int n = in.getInt(p);
      if (n < 1 || in.limit() - p - 4 < n) {
        return false;
      }
      if (Byte.toUnsignedInt(in.get(p + 4)) == type) {
        return true;
      }
      p += 4 + n;
    }
    return false;
  }

  /** The length of the next buffered frame, -1 while its prefix is incomplete. */
  private int frameLength() throws ProtocolException {
    if (in.remaining() < 4) {
      return -1;
    }
    int n = in.getInt(in.position());
    if (n < 1 || n > MessageCodec.MAX_FRAME) {
      throw new ProtocolException("frame length " + Integer.toUnsignedString(n) + " outside 1.." + MessageCodec.MAX_FRAME);
    }
    return n;
  }

  /** Reads more bytes, first making room for a frame of {@code n} bytes (n checked already). */
  private void fill(int n) throws IOException {
    int need = Math.max(READ_BUFFER, n < 0 ? 0 : 4 + n);
    if (in.capacity() < need) {
      in = ByteBuffer.allocate(need).put(in).flip();
    }
    in.compact();
    try {
      if (socket.read(in) < 0) {
        throw new EOFException("the satellite closed its control socket");
      }
    } finally {
      in.flip();
    }
  }

  /** Receives the next message and checks its type. */
  public <M extends Message> M expect(Class<M> type) throws IOException {
    Message m = receive();
    if (!type.isInstance(m)) {
      throw new ProtocolException("expected " + type.getSimpleName() + ", got " + m);
    }
    return type.cast(m);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a socket whose peer is gone: nothing left to release.
    }
  }
}
