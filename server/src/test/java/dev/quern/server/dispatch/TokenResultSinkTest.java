package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.SqlMessage;
import dev.quern.tds.token.DoneInProcToken;
import dev.quern.tds.token.DoneProcToken;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.ReturnStatusToken;
import dev.quern.tds.token.ReturnValueToken;
import dev.quern.tds.token.TokenType;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token sequencing rules, checked on the bytes the sink writes to a channel. */
class TokenResultSinkTest {
  private final EmbeddedChannel channel = new EmbeddedChannel();
  private long transaction;

  TokenResultSink sink() {
    PacketOutput out = new PacketOutput(channel, 51, 512, new WritabilityGate());
    return new TokenResultSink(out, TdsVersion.V7_4, "QUERN", () -> transaction);
  }

  /** The response's tokens, skipping COLMETADATA/ROW bodies by type: only DONE-family, etc. */
  List<Object> written() {
    ByteBuf all = Unpooled.buffer();
    ByteBuf p;
    while ((p = channel.readOutbound()) != null) {
      while (p.isReadable()) { // a write may carry several packets
        int length = p.getUnsignedShort(p.readerIndex() + 2);
        all.writeBytes(p.skipBytes(8), length - 8);
      }
      p.release();
    }
    List<Object> tokens = new ArrayList<>();
    while (all.isReadable()) {
      int type = all.getUnsignedByte(all.readerIndex());
      tokens.add(switch (type) {
        case TokenType.DONE -> DoneToken.decode(all, TdsVersion.V7_4);
        case TokenType.DONEPROC -> DoneProcToken.decode(all, TdsVersion.V7_4);
        case TokenType.DONEINPROC -> DoneInProcToken.decode(all, TdsVersion.V7_4);
        case TokenType.ERROR -> ErrorToken.decode(all, TdsVersion.V7_4);
        case TokenType.RETURNSTATUS -> ReturnStatusToken.decode(all, TdsVersion.V7_4);
        case TokenType.RETURNVALUE -> ReturnValueToken.decode(all, TdsVersion.V7_4);
        default -> throw new IllegalStateException("token 0x" + Integer.toHexString(type));
      });
    }
    return tokens;
  }

  @Test
  void emptyBatchIsOneFinalDone() {
    TokenResultSink s = sink();
    s.endBatch(0);
    s.finish();
    assertThat(written()).containsExactly(new DoneToken(0, 0, 0));
  }

  @Test
  void everyDoneButTheLastHasMore() {
    TokenResultSink s = sink();
    s.done(-1, false);
    s.done(3, false);
    s.endBatch(0);
    s.finish();
    assertThat(written()).containsExactly(new DoneToken(DoneStatus.MORE, 0, 0),
        new DoneToken(DoneStatus.COUNT, 0xC3, 3));
  }

  @Test
  void errorWithoutItsOwnDoneEndsWithDoneError() {
    TokenResultSink s = sink();
    s.done(-1, false);
    s.message(new SqlMessage(102, 1, 15, "Incorrect syntax near 'x'.", "", 1));
    s.endBatch(0);
    s.finish();
    List<Object> t = written();
    assertThat(t.get(0)).isEqualTo(new DoneToken(DoneStatus.MORE, 0, 0));
    assertThat(((ErrorToken) t.get(1)).number()).isEqualTo(102);
    assertThat(t.get(2)).isEqualTo(new DoneToken(DoneStatus.ERROR, 0, 0));
  }

  @Test
  void procStatementsInABatchEndWithAPlainDone() {
    TokenResultSink s = sink();
    s.done(2, true);
    s.endBatch(0);
    s.finish();
    assertThat(written()).containsExactly(
        new DoneInProcToken(DoneStatus.MORE | DoneStatus.COUNT, 0xC3, 2), new DoneToken(0, 0, 0));
  }

  @Test
  void returnValuesWaitForTheReturnStatus() {
    TokenResultSink s = sink();
    s.returnValue(new ReturnValue(0, "@handle", SqlType.of(TypeId.INT), 5));
    s.done(-1, true);
    s.returnStatus(0);
    s.endCall(true);
    s.finish();
    List<Object> t = written();
    assertThat(t.get(0)).isEqualTo(new DoneInProcToken(DoneStatus.MORE, 0, 0));
    assertThat(t.get(1)).isEqualTo(new ReturnStatusToken(0));
    assertThat(((ReturnValueToken) t.get(2)).paramName()).isEqualTo("@handle");
    assertThat(((ReturnValueToken) t.get(2)).value()).isEqualTo(5);
    assertThat(t.get(3)).isEqualTo(new DoneProcToken(0, 0xE0, 0));
  }

  @Test
  void fatalErrorsUseSrvErrorAndOpenTransactionsInXact() {
    TokenResultSink s = sink();
    transaction = 9;
    s.done(1, false);
    s.message(new SqlMessage(824, 1, 24, "I/O error.", "", 1));
    s.done(-1, false);
    s.endBatch(0);
    s.finish();
    List<Object> t = written();
    assertThat(t.get(0)).isEqualTo(
        new DoneToken(DoneStatus.MORE | DoneStatus.COUNT | DoneStatus.INXACT, 0xC3, 1));
    assertThat(t.getLast()).isEqualTo(new DoneToken(DoneStatus.SRVERROR | DoneStatus.INXACT, 0, 0));
  }

  @Test
  void packetsCarrySpidAndOnlyTheLastHasEom() {
    TokenResultSink s = sink();
    s.columns(List.of(new ResultColumn("n", SqlType.ofLength(TypeId.NVARCHAR, 100), true)));
    for (int i = 0; i < 50; i++) {
      s.row(new Object[] {"value number " + i});
    }
    s.done(50, false);
    s.endBatch(0);
    s.finish();
    List<ByteBuf> writes = new ArrayList<>();
    List<ByteBuf> packets = new ArrayList<>();
    ByteBuf p;
    while ((p = channel.readOutbound()) != null) {
      writes.add(p);
      // A write holds one or more packets from its reader index on (the last packet is sent
      // from inside the response buffer).
      for (int at = p.readerIndex(); at < p.writerIndex(); at += p.getUnsignedShort(at + 2)) {
        packets.add(p.slice(at, p.getUnsignedShort(at + 2)));
      }
    }
    assertThat(packets.size()).isGreaterThan(2);
    for (int i = 0; i < packets.size(); i++) {
      ByteBuf packet = packets.get(i);
      assertThat(packet.getUnsignedShort(4)).isEqualTo(51);
      assertThat(packet.getByte(1)).isEqualTo((byte) (i == packets.size() - 1 ? 1 : 0));
      if (i < packets.size() - 1) {
        assertThat(packet.readableBytes()).isEqualTo(512);
      }
    }
    writes.forEach(ByteBuf::release);
  }

  @Test
  void anErrorMarksOnlyTheNextCompletionAndItsProcedure() {
    // What SQL Server sends for EXEC of a procedure whose second statement divides by zero.
    TokenResultSink s = sink();
    s.done(1, true);
    s.message(new SqlMessage(8134, 1, 16, "Divide by zero error encountered.", "p", 3));
    s.done(-1, true);
    s.done(2, true);
    s.returnStatus(-6);
    s.endCall(true);
    s.finish();
    List<Object> t = written();
    assertThat(t.get(0)).isEqualTo(new DoneInProcToken(DoneStatus.MORE | DoneStatus.COUNT, 0xC3, 1));
    assertThat(((ErrorToken) t.get(1)).number()).isEqualTo(8134);
    assertThat(t.get(2)).isEqualTo(new DoneInProcToken(DoneStatus.MORE | DoneStatus.ERROR, 0, 0));
    assertThat(t.get(3)).isEqualTo(new DoneInProcToken(DoneStatus.MORE | DoneStatus.COUNT, 0xC3, 2));
    assertThat(t.get(4)).isEqualTo(new ReturnStatusToken(-6));
    assertThat(t.get(5)).isEqualTo(new DoneProcToken(DoneStatus.ERROR, 0xE0, 0));
  }

  @Test
  void aSwitchToADatabaseOfAnotherCollationIsAnSqlCollationEnvChange() {
    dev.quern.tds.token.EnvChangeToken token =
        TokenResultSink.envChangeToken(new dev.quern.engine.api.EnvChange.SqlCollation("Latin1_General_CS_AS"));
    assertThat(token.type()).isEqualTo(7);
    // LCID 1033, ignore kana and width but not case or accents; a Windows collation: sort id 0.
    assertThat(token.newValue()).containsExactly(0x09, 0x04, 0xC0, 0x00, 0x00);
  }
}
