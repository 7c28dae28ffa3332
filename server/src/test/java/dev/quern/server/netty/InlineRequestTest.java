package dev.quern.server.netty;

import static dev.quern.server.testing.TdsTestClient.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.server.testing.TdsTestClient;
import dev.quern.server.testing.TestServer;
import dev.quern.tds.message.AllHeaders;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcParameterData;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.token.DoneProcToken;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request the engine can answer without waiting runs on the event loop that read it; one that
 * gives up there runs again on a request thread, and only that run's response reaches the client.
 * (FakeEngine: sp_execute of handle 101 qualifies, of handle 102 gives up; both answer a row
 * naming the thread they ran on.)
 */
class InlineRequestTest {
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

  private static List<Object> rpc(TdsTestClient c, RpcCall... calls) throws Exception {
    ByteBuf b = Unpooled.buffer();
    new RpcRequestMessage(AllHeaders.of(0), List.of(calls)).encode(b, c.tdsVersion);
    c.send(PacketType.RPC, 0x01, TdsTestClient.bytes(b));
    return c.tokens(c.readMessage());
  }

  private static RpcCall execute(int handle) {
    return RpcCall.byId(12, List.of(new RpcParameterData("", 0, TypeInfo.intN(4), handle)));
  }

  private static String threadOf(List<Object> tokens) {
    return tokens.stream().filter(TdsTestClient.Row.class::isInstance)
        .map(r -> (String) ((TdsTestClient.Row) r).values()[0]).findFirst().orElseThrow();
  }

  @Test
  void aQualifyingRequestRunsOnTheEventLoop() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      for (int i = 0; i < 3; i++) {
        List<Object> tokens = rpc(c, execute(101));
        assertThat(kinds(tokens)).containsExactly(
            "ColMetadataToken", "Row", "DoneInProcToken", "ReturnStatusToken", "DoneProcToken");
        assertThat(threadOf(tokens)).startsWith("multiThreadIoEventLoopGroup");
        assertThat(tokens.getLast()).isEqualTo(new DoneProcToken(0, 0xE0, 0));
      }
    }
  }

  @Test
  void aRequestThatGivesUpRunsAgainOnARequestThreadAndAnswersOnce() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      // An interactive pace: a request sent right after the login's answer makes the session
      // busy, and the request thread that answers 102 would then wait for the next request
      // (NextRequestWait, 100 µs) and take 101 itself. Past that window it goes back to the pool.
      Thread.sleep(20);
      List<Object> tokens = rpc(c, execute(102));
      assertThat(kinds(tokens)).containsExactly(
          "ColMetadataToken", "Row", "DoneInProcToken", "ReturnStatusToken", "DoneProcToken");
      assertThat(threadOf(tokens)).startsWith("quern-spid-");
      // The session goes on: the next qualifying request runs inline again.
      assertThat(threadOf(rpc(c, execute(101))))
          .startsWith("multiThreadIoEventLoopGroup");
    }
  }

  @Test
  void aBugOnTheEventLoopEndsTheRequestWithAnErrorAndTheSessionGoesOn() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      List<Object> tokens = rpc(c, execute(103));
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneProcToken");
      assertThat(((ErrorToken) tokens.getFirst()).number()).isEqualTo(50000);
      assertThat(tokens.getLast()).isEqualTo(new DoneProcToken(DoneStatus.ERROR, 0xE0, 0));
      assertThat(threadOf(rpc(c, execute(101)))).startsWith("multiThreadIoEventLoopGroup");
    }
  }

  @Test
  void otherRequestsAndBatchesOfCallsRunOnRequestThreads() throws Exception {
    try (TdsTestClient c = loggedIn()) {
      List<Object> tokens = rpc(c, execute(101), execute(101));
      List<String> threads = tokens.stream().filter(TdsTestClient.Row.class::isInstance)
          .map(r -> (String) ((TdsTestClient.Row) r).values()[0]).toList();
      assertThat(threads).hasSize(2).allMatch(t -> t.startsWith("quern-spid-"));
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }
}
