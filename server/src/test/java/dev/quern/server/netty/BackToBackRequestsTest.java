package dev.quern.server.netty;

import static dev.quern.server.testing.TdsTestClient.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.server.testing.FakeEngine;
import dev.quern.server.testing.TdsTestClient;
import dev.quern.server.testing.TestServer;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.type.TdsVersion;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that sends its next request as soon as it reads an answer, as drivers in a loop do:
 * the request thread that answered usually waits for it (RequestDispatcher's NextRequestWait)
 * rather than going back to the pool. Whether or not it waited, every request is answered once
 * and in order, and an ATTENTION or a disconnect that comes while it waits is handled as ever.
 * Many rounds, so that both paths are taken on any machine.
 */
class BackToBackRequestsTest {
  private static final int ROUNDS = 300;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TdsTestClient loggedIn() throws Exception {
    TdsTestClient c = server.client();
    c.prelogin(Encryption.NOT_SUP);
    c.login(TdsTestClient.login7(TdsVersion.V7_4, "sa", TestServer.PASSWORD, 4096, null));
    return c;
  }

  @Test
  void eachRequestIsAnsweredOnceAndInOrder() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      for (int i = 1; i <= ROUNDS; i++) {
        List<Object> tokens = c.batch("ROWS " + (i % 5 + 1));
        assertThat(tokens.getLast()).isEqualTo(new DoneToken(DoneStatus.COUNT, 0xC1, i % 5 + 1));
      }
    }
  }

  @Test
  void anAttentionRightAfterAnAnswerIsAcknowledgedOnceAndTheSessionGoesOn() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      for (int i = 0; i < ROUNDS / 3; i++) {
        assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
        c.send(PacketType.ATTENTION, PacketStatus.EOM, new byte[0]);
        assertThat(c.tokens(c.readMessage())).containsExactly(new DoneToken(DoneStatus.ATTN, 0, 0));
      }
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  /**
   * Found by TdsFuzzIT: requests queued ahead of an ATTENTION were run after its acknowledgement,
   * uncancelled (a WAITFOR then hung the session). The ATTENTION cancels what came before it,
   * started or not, and its acknowledgement comes last.
   */
  @Test
  void anAttentionCancelsEveryRequestQueuedBeforeIt() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      for (int i = 0; i < 20; i++) {
        c.sendBatch("WAITFOR", PacketStatus.EOM);
        c.sendBatch("WAITFOR", PacketStatus.EOM);
        c.send(PacketType.ATTENTION, PacketStatus.EOM, new byte[0]);
        for (int answer = 0; answer < 2; answer++) {
          List<Object> tokens = c.tokens(c.readMessage());
          assertThat(tokens).as("answer %d", answer).doesNotContain(
              new DoneToken(DoneStatus.ATTN, 0, 0));
          assertThat(tokens.getLast()).isInstanceOf(DoneToken.class);
        }
        assertThat(c.tokens(c.readMessage())).containsExactly(new DoneToken(DoneStatus.ATTN, 0, 0));
      }
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void aDisconnectRightAfterAnAnswerClosesTheSession() throws Exception {
    for (int i = 0; i < 20; i++) {
      FakeEngine.FakeSession session;
      try (TdsTestClient c = loggedIn()) {
        session = server.engine.opened.getLast();
        assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
        assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
      }
      while (!session.closed()) {
        Thread.sleep(1);
      }
    }
  }
}
