package dev.quern.server.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.server.testing.TdsTestClient;
import dev.quern.server.testing.TestServer;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.type.TdsVersion;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Garbage from the network: random bytes, mutated PRELOGIN and LOGIN7 messages, absurd lengths,
 * out-of-order messages, a login that never finishes. Each ends in a protocol error or a close;
 * the server keeps serving other connections throughout.
 */
class RobustnessTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A full login and query on a fresh connection: proves the server still serves. */
  static void assertServerStillServes() throws Exception {
    try (TdsTestClient c = server.client()) {
      c.prelogin(Encryption.NOT_SUP);
      var tokens = c.login(TdsTestClient.login7(TdsVersion.V7_4, "sa", TestServer.PASSWORD,
          4096, null));
      assertThat(tokens.getLast()).isEqualTo(new DoneToken(0, 0, 0));
      assertThat(TdsTestClient.kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  /** Sends bytes and expects the server to end the connection (error, close or timeout). */
  static void assertClosedAfter(byte[] bytes) throws IOException {
    try (TdsTestClient c = server.client()) {
      try {
        c.sendRaw(bytes);
        // A prefix of a plausible packet waits for more: end the input so the server decides.
        c.socket().shutdownOutput();
      } catch (IOException closedWhileSending) {
        return;
      }
      assertThat(c.closedByServer()).as("server closed after garbage").isTrue();
    }
  }

  @Test
  void randomBytesCloseTheConnection() throws Exception {
    Random random = new Random(20261125);
    for (int i = 0; i < 20; i++) {
      byte[] garbage = new byte[1 + random.nextInt(300)];
      random.nextBytes(garbage);
      assertClosedAfter(garbage);
    }
    assertServerStillServes();
  }

  @Test
  void mutatedLoginMessagesNeverHurtTheServer() throws Exception {
    Random random = new Random(7);
    TdsTestClient builder = server.client();
    byte[] login = builder.loginBytes(TdsTestClient.login7(TdsVersion.V7_4, "sa", "x", 4096,
        null));
    builder.close();
    for (int i = 0; i < 15; i++) {
      byte[] mutated = login.clone();
      for (int j = 0; j < 1 + random.nextInt(6); j++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      try (TdsTestClient c = server.client()) {
        c.send(dev.quern.tds.packet.PacketType.LOGIN7, 0x01, mutated);
        try {
          c.readMessage();
        } catch (IOException closed) {
          // a protocol error closes the connection: fine
        }
      }
    }
    assertServerStillServes();
  }

  @Test
  void absurdLengthsAreRefusedBeforeAllocation() throws Exception {
    // A header claiming 65535 bytes, a LOGIN7 claiming 2 GB, a PRELOGIN option past the end.
    assertClosedAfter(new byte[] {0x12, 0x01, (byte) 0xFF, (byte) 0xFF, 0, 0, 1, 0});
    assertClosedAfter(new byte[] {0x10, 0x01, 0, 16, 0, 0, 1, 0, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF, 0x7F, 4, 0, 0, 0x74});
    assertClosedAfter(new byte[] {0x12, 0x01, 0, 14, 0, 0, 1, 0, 0, (byte) 0xFF, 0, 0, 6, (byte) 0xFF});
    assertServerStillServes();
  }

  @Test
  void outOfOrderMessagesAreProtocolErrors() throws Exception {
    try (TdsTestClient c = server.client()) {
      c.sendBatch("SELECT 1", 0);
      assertThat(c.closedByServer()).isTrue();
    }
    try (TdsTestClient c = server.client()) {
      c.prelogin(Encryption.NOT_SUP);
      c.prelogin(Encryption.NOT_SUP);
    } catch (IOException closedAfterSecondPrelogin) {
      // expected
    }
    assertServerStillServes();
  }

  @Test
  void loginThatNeverFinishesIsClosed() throws Exception {
    try (TestServer impatient = new TestServer(
            ServerConfig.defaults(0).withLoginTimeout(Duration.ofMillis(300)), false);
        TdsTestClient c = impatient.client()) {
      c.prelogin(Encryption.NOT_SUP);
      // Half a packet header and then silence.
      c.sendRaw(new byte[] {0x10, 0x01, 0x00});
      assertThat(c.closedByServer()).isTrue();
    }
    assertServerStillServes();
  }

  @Test
  void connectionsBeyondTheLimitAreClosed() throws Exception {
    try (TestServer small = new TestServer(ServerConfig.defaults(0).withMaxConnections(1), false);
        TdsTestClient first = small.client()) {
      // Once the first connection is served, it holds the only slot.
      assertThat(first.prelogin(Encryption.NOT_SUP).encryption()).isEqualTo(Encryption.NOT_SUP);
      try (TdsTestClient second = small.client()) {
        assertThat(second.closedByServer()).isTrue();
      }
    }
  }
}
