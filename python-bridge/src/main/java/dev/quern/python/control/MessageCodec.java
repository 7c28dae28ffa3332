package dev.quern.python.control;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes and decodes frames: {@code u32 length, u8 type, fields}, big-endian; strings are
 * {@code u32 length + UTF-8}, string lists {@code u32 count + strings}. Every length read is
 * checked against what the frame holds before anything is allocated.
 */
public final class MessageCodec {
  /** Frames beyond this are refused: data never travels on the socket. */
  public static final int MAX_FRAME = 64 * 1024 * 1024;

  private MessageCodec() {}

  /** The whole frame, length prefix included, ready to write. */
  public static ByteBuffer encode(Message m) {
    Out o = new Out();
    o.u8(m.type());
    switch (m) {
      case Message.Hello h -> o.u16(h.version()).i32(h.pid());
      case Message.Attach a -> o.str(a.segmentPath()).i64(a.segmentSize());
      case Message.Execute e -> encodeExecute(o, e);
      case Message.Data d -> o.u8(d.kind()).i64(d.offset()).i64(d.length());
      case Message.RunDone r -> o.u8(r.hasOutput() ? 1 : 0);
      case Message.OutputText t -> o.u8(t.stream()).str(t.text()).i64(t.truncatedBytes());
      case Message.Error e -> o.u8(e.kind()).str(e.detail());
      case Message.Attached a -> {}
      case Message.Ack a -> {}
      case Message.Run r -> {}
      case Message.Finish f -> {}
      case Message.Done d -> o.u8(d.reusable() ? 1 : 0).strs(d.imported());
    }
    return o.frame();
  }

  private static void encodeExecute(Out o, Message.Execute e) {
    o.str(e.requestId()).str(e.language()).str(e.script()).str(e.inputName()).str(e.outputName());
    o.strs(e.partitionBy()).strs(e.orderBy()).i32(e.params().size());
    for (Message.Param p : e.params()) {
      o.str(p.name()).str(p.sqlType()).u8(p.output() ? 1 : 0);
    }
    o.i64(e.memoryLimit()).i32(e.nice()).str(e.userLibraries()).str(e.sharedLibraries());
  }

  /** Decodes one frame body (after the length prefix). */
  public static Message decode(ByteBuffer body) throws ProtocolException {
    int type = -1;
    try {
      type = Byte.toUnsignedInt(body.get());
      Message m =
          switch (type) {
            case 1 -> new Message.Hello(Short.toUnsignedInt(body.getShort()), body.getInt());
            case 2 -> new Message.Attach(str(body), body.getLong());
            case 3 -> new Message.Attached();
            case 4 -> decodeExecute(body);
            case 5 -> new Message.Data(Byte.toUnsignedInt(body.get()), body.getLong(), body.getLong());
            case 6 -> new Message.Ack();
            case 7 -> new Message.Run();
            case 8 -> new Message.RunDone(body.get() != 0);
            case 9 -> new Message.Finish();
            case 10 -> new Message.OutputText(Byte.toUnsignedInt(body.get()), str(body), body.getLong());
            case 11 -> new Message.Error(Byte.toUnsignedInt(body.get()), str(body));
            case 12 -> new Message.Done(body.get() != 0, strs(body));
            default -> throw new ProtocolException("unknown message type " + type);
          };
      if (body.hasRemaining()) {
        throw new ProtocolException("message type " + type + " has " + body.remaining() + " extra bytes");
      }
      return m;
    } catch (BufferUnderflowException e) {
      throw new ProtocolException("message type " + type + " truncated");
    }
  }

  private static Message.Execute decodeExecute(ByteBuffer b) throws ProtocolException {
    String id = str(b);
    String lang = str(b);
    String script = str(b);
    String in = str(b);
    String out = str(b);
    List<String> part = strs(b);
    List<String> order = strs(b);
    int n = count(b, 9);
    List<Message.Param> params = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      params.add(new Message.Param(str(b), str(b), b.get() != 0));
    }
    long memoryLimit = b.getLong();
    int nice = b.getInt();
    return new Message.Execute(id, lang, script, in, out, part, order, params, memoryLimit, nice, str(b), str(b));
  }

  private static String str(ByteBuffer b) throws ProtocolException {
    int n = count(b, 1);
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static List<String> strs(ByteBuffer b) throws ProtocolException {
    int n = count(b, 4);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(b));
    }
    return out;
  }

  /** Reads a u32 count and checks that many items of at least {@code minSize} bytes can follow. */
  private static int count(ByteBuffer b, int minSize) throws ProtocolException {
    long n = Integer.toUnsignedLong(b.getInt());
    if (n * minSize > b.remaining()) {
      throw new ProtocolException("length " + n + " exceeds the " + b.remaining() + " bytes left");
    }
    return (int) n;
  }

  /** A growable big-endian frame builder. */
  private static final class Out {
    private ByteBuffer buf = ByteBuffer.allocate(256).position(4);

    private void ensure(int n) {
      if (buf.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n));
        buf.flip();
        bigger.put(buf);
        buf = bigger;
      }
    }

    Out u8(int v) {
      ensure(1);
      buf.put((byte) v);
      return this;
    }

    Out u16(int v) {
      ensure(2);
      buf.putShort((short) v);
      return this;
    }

    Out i32(int v) {
      ensure(4);
      buf.putInt(v);
      return this;
    }

    Out i64(long v) {
      ensure(8);
      buf.putLong(v);
      return this;
    }

    Out str(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      i32(b.length);
      ensure(b.length);
      buf.put(b);
      return this;
    }

    Out strs(List<String> list) {
      i32(list.size());
      list.forEach(this::str);
      return this;
    }

    ByteBuffer frame() {
      buf.putInt(0, buf.position() - 4);
      return buf.flip();
    }
  }
}
