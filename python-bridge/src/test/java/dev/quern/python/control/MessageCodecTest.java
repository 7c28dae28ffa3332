package dev.quern.python.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
  static final List<Message> ALL =
      List.of(
          new Message.Hello(1, 4242),
          new Message.Attach("/dev/shm/quern-x", 64L << 20),
          new Message.Attached(),
          new Message.Execute("id", "Python", "print('é ✓')", "InputDataSet", "OutputDataSet", List.of("k"), List.of("a", "b"), List.of(new Message.Param("@m", "varbinary(max)", true), new Message.Param("@n", "int", false)), 1L << 30, 5, "/lib/user", ""),
          new Message.Data(Message.Data.OUTPUT, 1L << 25, 12345),
          new Message.Ack(),
          new Message.Run(),
          new Message.RunDone(true),
          new Message.Finish(),
          new Message.OutputText(Message.OutputText.STDERR, "oops\n", 7),
          new Message.Error(Message.Error.SCRIPT, "Traceback ..."),
          new Message.Done(false),
          new Message.Done(true, List.of("sklearn.linear_model", "pickle")));

  private static ByteBuffer body(Message m) {
    ByteBuffer frame = MessageCodec.encode(m);
    assertThat(frame.getInt(0)).isEqualTo(frame.remaining() - 4);
    return frame.position(4).slice();
  }

  @Test
  void everyMessageRoundTrips() throws Exception {
    for (Message m : ALL) {
      assertThat(MessageCodec.decode(body(m))).isEqualTo(m);
    }
  }

  @Test
  void helloBytesMatchThePythonSide() {
    ByteBuffer f = MessageCodec.encode(new Message.Hello(Message.VERSION, 42));
    byte[] b = new byte[f.remaining()];
    f.get(b);
    // Same bytes as quern_satellite's test_frames_carry_big_endian_length_then_type.
    assertThat(b).containsExactly(0, 0, 0, 7, 1, 0, 5, 0, 0, 0, 42);
  }

  @Test
  void everyTruncationIsAProtocolErrorNeverAnotherException() {
    for (Message m : ALL) {
      ByteBuffer full = body(m);
      for (int cut = 0; cut < full.remaining(); cut++) {
        ByteBuffer part = full.duplicate().limit(cut);
        if (cut == 0) {
          assertThatThrownBy(() -> MessageCodec.decode(part)).isInstanceOf(ProtocolException.class);
          continue;
        }
        assertThatThrownBy(() -> MessageCodec.decode(part)).as("%s cut at %d", m, cut).isInstanceOf(ProtocolException.class);
      }
    }
  }

  @Test
  void hugeStringLengthIsRefusedBeforeAllocating() {
    ByteBuffer b = ByteBuffer.allocate(9).put((byte) 11).put((byte) 1).putInt(Integer.MAX_VALUE).flip();
    assertThatThrownBy(() -> MessageCodec.decode(b)).isInstanceOf(ProtocolException.class).hasMessageContaining("exceeds");
  }

  @Test
  void unknownTypeAndTrailingBytesAreRefused() {
    assertThatThrownBy(() -> MessageCodec.decode(ByteBuffer.wrap(new byte[] {99}))).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> MessageCodec.decode(ByteBuffer.wrap(new byte[] {6, 0}))).isInstanceOf(ProtocolException.class);
  }
}
