package dev.quern.python.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Protocol version 3's coalescing: queued frames leave in one write, reads take many frames. */
class ControlChannelTest {
  private Path dir;
  private SocketChannel java;
  private SocketChannel satellite;

  @BeforeEach
  void connect() throws Exception {
    dir = Files.createTempDirectory("quern-ctl-test");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(dir.resolve("s")));
      java = SocketChannel.open(UnixDomainSocketAddress.of(dir.resolve("s")));
      satellite = server.accept();
    }
  }

  @AfterEach
  void close() throws Exception {
    java.close();
    satellite.close();
    Files.deleteIfExists(dir.resolve("s"));
    Files.deleteIfExists(dir);
  }

  @Test
  void queuedExecuteLeavesWithTheNextSendInOneWrite() throws Exception {
    ControlChannel ch = new ControlChannel(java);
    Message.Execute execute = (Message.Execute) MessageCodecTest.ALL.get(3);
    ch.queue(execute);
    assertThat(available(satellite)).isZero(); // held back
    ch.send(new Message.Data(Message.Data.INPUT, 0, 10), new Message.Run(), new Message.Finish());
    ControlChannel peer = new ControlChannel(satellite);
    assertThat(List.of(peer.receive(), peer.receive(), peer.receive(), peer.receive()))
        .containsExactly(execute, new Message.Data(Message.Data.INPUT, 0, 10), new Message.Run(), new Message.Finish());
  }

  @Test
  void framesOfOneWriteAreDecodedFromOneRead() throws Exception {
    List<Message> reply = List.of(new Message.Ack(), new Message.Data(Message.Data.OUTPUT, 1 << 20, 300), new Message.RunDone(true), new Message.Done(false));
    satellite.write(frames(reply));
    ControlChannel ch = new ControlChannel(java);
    List<Message> got = new ArrayList<>();
    for (int i = 0; i < reply.size(); i++) {
      got.add(ch.receive());
    }
    assertThat(got).isEqualTo(reply);
  }

  @Test
  void tellsWhetherAFrameOfATypeIsAlreadyBuffered() throws Exception {
    satellite.write(frames(List.of(new Message.Data(Message.Data.OUTPUT, 0, 1), new Message.RunDone(true), new Message.Done(false))));
    ControlChannel ch = new ControlChannel(java);
    assertThat(ch.holds(new Message.Done(false).type())).isFalse(); // nothing read yet
    assertThat(ch.receive()).isInstanceOf(Message.Data.class);
    assertThat(ch.holds(new Message.Done(false).type())).isTrue();
    assertThat(ch.holds(new Message.Ack().type())).isFalse();
    ch.receive();
    ch.receive();
    assertThat(ch.holds(new Message.Done(false).type())).isFalse();
  }

  @Test
  void frameLargerThanTheReadBufferAndSplitAcrossWritesIsReassembled() throws Exception {
    Message big = new Message.OutputText(Message.OutputText.STDOUT, "y".repeat(100_000), 0);
    ByteBuffer frame = MessageCodec.encode(big);
    Thread writer =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    satellite.write(frame.slice(0, 3)); // a cut length prefix first
                    Thread.sleep(20);
                    satellite.write(frame.slice(3, frame.remaining() - 3));
                    satellite.write(MessageCodec.encode(new Message.Done(false)));
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                });
    ControlChannel ch = new ControlChannel(java);
    assertThat(ch.receive()).isEqualTo(big);
    assertThat(ch.receive()).isEqualTo(new Message.Done(false));
    writer.join();
  }

  @Test
  void closedPeerIsEndOfFile() throws Exception {
    satellite.write(ByteBuffer.wrap(new byte[] {0, 0}));
    satellite.close();
    ControlChannel ch = new ControlChannel(java);
    assertThatThrownBy(ch::receive).isInstanceOf(EOFException.class);
  }

  @Test
  void oversizedFrameIsRefusedBeforeAllocating() throws Exception {
    satellite.write(ByteBuffer.allocate(4).putInt(0, MessageCodec.MAX_FRAME + 1));
    ControlChannel ch = new ControlChannel(java);
    assertThatThrownBy(ch::receive).isInstanceOf(ProtocolException.class);
  }

  private static ByteBuffer frames(List<Message> messages) {
    List<ByteBuffer> parts = messages.stream().map(MessageCodec::encode).toList();
    ByteBuffer all = ByteBuffer.allocate(parts.stream().mapToInt(ByteBuffer::remaining).sum());
    parts.forEach(all::put);
    return all.flip();
  }

  private static int available(SocketChannel ch) throws Exception {
    ch.configureBlocking(false);
    try {
      return ch.read(ByteBuffer.allocate(1 << 16));
    } finally {
      ch.configureBlocking(true);
    }
  }
}
