package dev.quern.python.control;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** One satellite's control connection: whole frames out, one decoded message in at a time. */
public final class ControlChannel implements AutoCloseable {
  private final SocketChannel socket;
  private final ByteBuffer header = ByteBuffer.allocate(4);

  public ControlChannel(SocketChannel socket) {
    this.socket = socket;
  }

  public void send(Message m) throws IOException {
    ByteBuffer frame = MessageCodec.encode(m);
    while (frame.hasRemaining()) {
      socket.write(frame);
    }
  }

  /** Several messages in one write: the peer wakes once for all of them. */
  public void send(Message first, Message... more) throws IOException {
    ByteBuffer[] frames = new ByteBuffer[1 + more.length];
    frames[0] = MessageCodec.encode(first);
    long left = frames[0].remaining();
    for (int i = 0; i < more.length; i++) {
      frames[i + 1] = MessageCodec.encode(more[i]);
      left += frames[i + 1].remaining();
    }
    while (left > 0) {
      left -= socket.write(frames);
    }
  }

  public Message receive() throws IOException {
    header.clear();
    readFully(header);
    int n = header.getInt(0);
    if (n < 1 || n > MessageCodec.MAX_FRAME) {
      throw new ProtocolException("frame length " + Integer.toUnsignedString(n) + " outside 1.." + MessageCodec.MAX_FRAME);
    }
    ByteBuffer body = ByteBuffer.allocate(n);
    readFully(body);
    return MessageCodec.decode(body.flip());
  }

  /** Receives the next message and checks its type. */
  public <M extends Message> M expect(Class<M> type) throws IOException {
    Message m = receive();
    if (!type.isInstance(m)) {
      throw new ProtocolException("expected " + type.getSimpleName() + ", got " + m);
    }
    return type.cast(m);
  }

  private void readFully(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      if (socket.read(b) < 0) {
        throw new EOFException("the satellite closed its control socket");
      }
    }
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
