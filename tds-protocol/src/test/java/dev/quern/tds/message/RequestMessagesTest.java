package dev.quern.tds.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.Truncation;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMessagesTest {
  static byte[] toBytes(ByteBuf b) {
    byte[] a = new byte[b.readableBytes()];
    b.readBytes(a);
    return a;
  }

  @Test
  void decodesJdbcAllHeadersExactly() {
    ByteBuf in = Hex.buf("16 00 00 00 12 00 00 00 02 00 0807060504030201 01 00 00 00");
    AllHeaders h = AllHeaders.decode(in, TdsVersion.V7_4);
    assertThat(h).isEqualTo(new AllHeaders(true, 0x0102030405060708L, 1));
    ByteBuf out = Unpooled.buffer();
    h.encode(out);
    assertThat(Hex.of(out)).isEqualTo("16000000120000000200080706050403020101000000");
  }

  @Test
  void sqlBatchHasNoHeadersForTds71() {
    ByteBuf in = Hex.buf("53 00 45 00 4C 00");
    SqlBatchMessage m = SqlBatchMessage.decode(in, TdsVersion.V7_1);
    assertThat(m.sql()).isEqualTo("SEL");
    assertThat(m.headers().present()).isFalse();
  }

  @Test
  void sqlBatchRoundTripsWithHeaders() {
    SqlBatchMessage m = new SqlBatchMessage(AllHeaders.of(0), "SELECT 1");
    ByteBuf out = Unpooled.buffer();
    m.encode(out);
    byte[] b = toBytes(out);
    assertThat(SqlBatchMessage.decode(Unpooled.wrappedBuffer(b), TdsVersion.V7_4)).isEqualTo(m);
    Truncation.onlyProtocolErrorsAtEveryCut(
        b, in -> SqlBatchMessage.decode(in, TdsVersion.V7_4));
  }

  @Test
  void rejectsAbsurdAllHeadersLength() {
    assertThatThrownBy(() -> AllHeaders.decode(Hex.buf("FF FF FF 7F 00 00"), TdsVersion.V7_4))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void decodesTmBeginLikeFreeTds() {
    // ALL_HEADERS, type 5, isolation 0, empty name
    ByteBuf in = Hex.buf("16000000 12000000 0200 0000000000000000 01000000 0500 00 00");
    TransactionManagerMessage m = TransactionManagerMessage.decode(in, TdsVersion.V7_4);
    assertThat(m.requestType()).isEqualTo(TransactionManagerMessage.TM_BEGIN_XACT);
    assertThat(m.name()).isEmpty();
    assertThat(m.isolationLevel()).isZero();
  }

  @Test
  void roundTripsTmCommitWithBeginXact() {
    TransactionManagerMessage m =
        new TransactionManagerMessage(
            AllHeaders.of(42), TransactionManagerMessage.TM_COMMIT_XACT, 0, "t1", true, 2, "t2");
    ByteBuf out = Unpooled.buffer();
    m.encode(out);
    byte[] b = toBytes(out);
    assertThat(TransactionManagerMessage.decode(Unpooled.wrappedBuffer(b), TdsVersion.V7_4))
        .isEqualTo(m);
    Truncation.onlyProtocolErrorsAtEveryCut(
        b, in -> TransactionManagerMessage.decode(in, TdsVersion.V7_4));
  }

  @Test
  void decodesRpcByProcIdWithoutParameters() {
    RpcRequestMessage m =
        new RpcRequestMessage(
            AllHeaders.of(0),
            List.of(RpcCall.byId(15, List.of()), RpcCall.byName("sp_who", List.of())));
    ByteBuf out = Unpooled.buffer();
    m.encode(out, TdsVersion.V7_4);
    byte[] b = toBytes(out);
    RpcRequestMessage back = RpcRequestMessage.decode(Unpooled.wrappedBuffer(b), TdsVersion.V7_4);
    assertThat(back).isEqualTo(m);
    assertThat(back.calls().get(0).byProcId()).isTrue();
    assertThat(back.calls().get(1).procName()).isEqualTo("sp_who");
    Truncation.onlyProtocolErrorsAtEveryCut(
        b, in -> RpcRequestMessage.decode(in, TdsVersion.V7_4));
  }

  @Test
  void rpcBatchesUse0x80SeparatorForTds71() {
    ByteBuf in = Hex.buf("FFFF 0C00 0000 80 FFFF 0C00 0000");
    RpcRequestMessage m = RpcRequestMessage.decode(in, TdsVersion.V7_1);
    assertThat(m.calls()).extracting(RpcCall::procId).containsExactly(12, 12);
  }

  @Test
  void rejectsUnknownRpcSeparator() {
    ByteBuf in = Hex.buf("16000000 12000000 0200 0000000000000000 01000000 FFFF 0C00 0000 80");
    assertThatThrownBy(() -> RpcRequestMessage.decode(in, TdsVersion.V7_4))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void namesTheParameterWhoseValueIsMalformed() {
    // sp_executesql (ProcID 10), @p0 int = 1, then @p1 INTN(4) whose value claims 3 bytes.
    ByteBuf in = Hex.buf("16000000 12000000 0200 0000000000000000 01000000 FFFF 0A00 0000"
        + " 03 4000 7000 3000 00 26 04 04 01000000"
        + " 03 4000 7000 3100 00 26 04 03 010000");
    assertThatThrownBy(() -> RpcRequestMessage.decode(in, TdsVersion.V7_4))
        .isInstanceOfSatisfying(RpcParameterException.class, e -> {
          assertThat(e.ordinal()).isEqualTo(2);
          assertThat(e.name()).isEqualTo("@p1");
          assertThat(e.dataType()).isEqualTo(0x26);
          assertThat(e.unknownType()).isFalse();
        });
  }

  @Test
  void flagsAnUnknownParameterType() {
    ByteBuf in = Hex.buf("16000000 12000000 0200 0000000000000000 01000000 FFFF 0A00 0000"
        + " 00 00 99 00");
    assertThatThrownBy(() -> RpcRequestMessage.decode(in, TdsVersion.V7_4))
        .isInstanceOfSatisfying(RpcParameterException.class, e -> {
          assertThat(e.ordinal()).isEqualTo(1);
          assertThat(e.dataType()).isEqualTo(0x99);
          assertThat(e.unknownType()).isTrue();
        });
  }

  @Test
  void takesAtMost2100ParametersPerCall() {
    // sp_executesql (ProcID 10) with n unnamed int parameters of value 1.
    java.util.function.IntFunction<ByteBuf> call = n -> Hex.buf(
        "16000000 12000000 0200 0000000000000000 01000000 FFFF 0A00 0000" + " 00 00 26 04 04 01000000".repeat(n));
    assertThat(RpcRequestMessage.decode(call.apply(RpcRequestMessage.MAX_PARAMETERS), TdsVersion.V7_4)
            .calls().getFirst().parameters())
        .hasSize(2100);
    assertThatThrownBy(() -> RpcRequestMessage.decode(call.apply(2101), TdsVersion.V7_4))
        .isInstanceOf(RpcTooManyParametersException.class);
  }
}
