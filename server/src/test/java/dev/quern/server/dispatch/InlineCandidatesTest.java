package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.tds.message.AllHeaders;
import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcParameterData;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.TdsMessage;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which wire requests are looked at for running on the event loop. */
class InlineCandidatesTest {
  private static final int V74 = TdsVersion.V7_4;
  private final List<TdsMessage> made = new ArrayList<>();

  @AfterEach
  void release() {
    made.forEach(m -> m.release());
  }

  private TdsMessage rpc(int status, RpcCall... calls) {
    ByteBuf b = Unpooled.buffer();
    new RpcRequestMessage(AllHeaders.of(0), List.of(calls)).encode(b, V74);
    TdsMessage m = new TdsMessage(PacketType.RPC, status, b);
    made.add(m);
    return m;
  }

  private static RpcCall execute(int handle) {
    return RpcCall.byId(12, List.of(new RpcParameterData("", 0, TypeInfo.intN(4), handle),
        new RpcParameterData("", 0, TypeInfo.intN(4), 7)));
  }

  @Test
  void aSingleSpExecuteByProcIdOrNameIsACandidate() {
    TdsMessage m = rpc(PacketStatus.EOM, execute(1));
    assertThat(InlineCandidates.worthDecoding(m)).isTrue();
    RpcCall call = singleExecute(m);
    assertThat(call).isNotNull();
    assertThat(call.procId()).isEqualTo(12);
    assertThat(m.content().readerIndex()).as("left unread for a request thread").isZero();

    TdsMessage byName = rpc(PacketStatus.EOM, RpcCall.byName("SP_EXECUTE",
        List.of(new RpcParameterData("", 0, TypeInfo.intN(4), 1))));
    assertThat(singleExecute(byName)).isNotNull();
  }

  @Test
  void otherProceduresAndBatchesOfCallsAreNot() {
    assertThat(singleExecute(rpc(PacketStatus.EOM, RpcCall.byId(10,
        List.of(new RpcParameterData("", 0, TypeInfo.nvarchar(4000), "SELECT 1")))))).isNull();
    assertThat(singleExecute(rpc(PacketStatus.EOM, RpcCall.byName("sp_who",
        List.of())))).isNull();
    assertThat(singleExecute(rpc(PacketStatus.EOM, execute(1), execute(1))))
        .as("executeBatch: many calls in one request").isNull();
  }

  @Test
  void abandonedResettingAndLargeMessagesAreNotDecoded() {
    assertThat(InlineCandidates.worthDecoding(rpc(PacketStatus.EOM | PacketStatus.IGNORE, execute(1))))
        .isFalse();
    assertThat(InlineCandidates.worthDecoding(
        rpc(PacketStatus.EOM | PacketStatus.RESETCONNECTION, execute(1)))).isFalse();
    List<RpcCall> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add(execute(i));
    }
    TdsMessage big = rpc(PacketStatus.EOM, many.toArray(RpcCall[]::new));
    assertThat(big.content().readableBytes()).isGreaterThan(InlineCandidates.MAX_BYTES);
    assertThat(InlineCandidates.worthDecoding(big)).isFalse();
    TdsMessage batch = new TdsMessage(PacketType.SQL_BATCH, PacketStatus.EOM, Unpooled.buffer(4));
    made.add(batch);
    assertThat(InlineCandidates.worthDecoding(batch)).isFalse();
  }

  @Test
  void aMalformedMessageIsLeftToTheRequestThread() {
    TdsMessage m = rpc(PacketStatus.EOM, execute(1));
    TdsMessage cut = new TdsMessage(PacketType.RPC, PacketStatus.EOM,
        m.content().copy(0, m.content().readableBytes() - 3));
    made.add(cut);
    assertThat(singleExecute(cut)).isNull();
  }

  /** The message decoded as the event loop decodes it, then its one sp_execute call (or null). */
  private static RpcCall singleExecute(TdsMessage m) {
    return InlineCandidates.singleExecute(InlineCandidates.decode(m, V74));
  }
}
