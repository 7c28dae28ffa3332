package dev.quern.server.netty;

import static dev.quern.server.testing.TdsTestClient.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.RpcRequest;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.server.testing.TdsTestClient;
import dev.quern.server.testing.TestServer;
import dev.quern.tds.message.AllHeaders;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.RpcCall;
import dev.quern.tds.message.RpcParameterData;
import dev.quern.tds.message.RpcRequestMessage;
import dev.quern.tds.message.TransactionManagerMessage;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.token.DoneInProcToken;
import dev.quern.tds.token.DoneProcToken;
import dev.quern.tds.token.DoneStatus;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.EnvChangeToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.ReturnStatusToken;
import dev.quern.tds.token.ReturnValueToken;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RPC by ProcID and by name, OUTPUT parameters, batched RPCs and TRANSACTION_MANAGER. */
class RpcAndTransactionTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static TdsTestClient loggedIn(int version) throws Exception {
    TdsTestClient c = server.client();
    if (TdsVersion.atLeast72(version)) {
      c.prelogin(Encryption.NOT_SUP);
    }
    c.login(TdsTestClient.login7(version, "sa", TestServer.PASSWORD, 4096, null));
    return c;
  }

  static List<Object> rpc(TdsTestClient c, RpcCall... calls) throws Exception {
    AllHeaders h = TdsVersion.atLeast72(c.tdsVersion) ? AllHeaders.of(0) : AllHeaders.ABSENT;
    ByteBuf b = Unpooled.buffer();
    new RpcRequestMessage(h, List.of(calls)).encode(b, c.tdsVersion);
    c.send(PacketType.RPC, 0x01, TdsTestClient.bytes(b));
    return c.tokens(c.readMessage());
  }

  static RpcParameterData nvarchar(String name, String value) {
    return new RpcParameterData(name, 0, TypeInfo.nvarchar(4000), value);
  }

  @Test
  void prepexecByProcIdReturnsStatusBeforeTheHandle() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      List<Object> tokens = rpc(c, RpcCall.byId(13, List.of(
          new RpcParameterData("@handle", RpcParameterData.BY_REF_VALUE, TypeInfo.intN(4), null),
          nvarchar("", "@P0 int"),
          nvarchar("", "SELECT @P0"),
          new RpcParameterData("", 0, TypeInfo.intN(4), 7))));
      assertThat(kinds(tokens)).containsExactly("ReturnStatusToken", "ReturnValueToken",
          "DoneProcToken");
      assertThat(tokens.get(0)).isEqualTo(new ReturnStatusToken(0));
      assertThat(((ReturnValueToken) tokens.get(1)).paramName()).isEqualTo("@handle");
      assertThat(tokens.get(2)).isEqualTo(new DoneProcToken(0, 0xE0, 0));
      RpcRequest seen = server.engine.rpcs.getLast();
      assertThat(seen.procName()).isEqualTo("sp_prepexec");
      assertThat(seen.parameters()).hasSize(4);
      assertThat(seen.parameters().get(0).output()).isTrue();
      assertThat(seen.parameters().get(3).type().id()).isEqualTo(TypeId.INT);
      assertThat(seen.parameters().get(3).value()).isEqualTo(7);
      assertThat(seen.parameters().get(2).value()).isEqualTo("SELECT @P0");
    }
  }

  @Test
  void executesqlResultEndsWithDoneInProcThenDoneProc() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      List<Object> tokens = rpc(c, RpcCall.byId(10, List.of(nvarchar("", "SELECT 1"))));
      assertThat(kinds(tokens)).containsExactly("ColMetadataToken", "Row", "DoneInProcToken",
          "ReturnStatusToken", "DoneProcToken");
      assertThat(tokens.get(2)).isEqualTo(
          new DoneInProcToken(DoneStatus.MORE | DoneStatus.COUNT, 0xC1, 1));
    }
  }

  @Test
  void batchedRpcsCarryRpcInBatchOnAllButTheLast() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      List<Object> tokens = rpc(c,
          RpcCall.byName("sp_execute", List.of(new RpcParameterData("", 0, TypeInfo.intN(4), 1))),
          RpcCall.byName("sp_execute", List.of(new RpcParameterData("", 0, TypeInfo.intN(4), 1))));
      List<Object> dones = tokens.stream().filter(DoneProcToken.class::isInstance).toList();
      assertThat(dones).containsExactly(
          new DoneProcToken(DoneStatus.MORE | DoneStatus.RPCINBATCH, 0xE0, 0),
          new DoneProcToken(0, 0xE0, 0));
    }
  }

  @Test
  void rpcSpanningSeveralPacketsReachesTheEngineWhole() throws Exception {
    // Two values of 6,000 UCS-2 bytes: four 4,096-byte packets, joined before decoding.
    String a = "a".repeat(3_000);
    String b = "b".repeat(3_000);
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      ByteBuf message = Unpooled.buffer();
      new RpcRequestMessage(AllHeaders.of(0), List.of(RpcCall.byId(10, List.of(
          nvarchar("", "SELECT @a, @b"), nvarchar("", "@a nvarchar(max), @b nvarchar(max)"),
          new RpcParameterData("@a", 0, TypeInfo.nvarchar(-1), a),
          new RpcParameterData("@b", 0, TypeInfo.nvarchar(-1), b)))))
          .encode(message, c.tdsVersion);
      // Status 0: the split sets EOM on the last packet only.
      c.send(PacketType.RPC, 0, TdsTestClient.bytes(message));
      assertThat(kinds(c.tokens(c.readMessage()))).contains("Row");
      // Other tests share the server's engine: find this test's call among those it saw.
      RpcRequest seen = server.engine.rpcs.stream()
          .filter(r -> r.parameters().size() == 4
              && "SELECT @a, @b".equals(r.parameters().get(0).value()))
          .findFirst().orElseThrow();
      assertThat(seen.parameters().get(2).value()).isEqualTo(a);
      assertThat(seen.parameters().get(3).value()).isEqualTo(b);
    }
  }

  @Test
  void tds71RpcUsesThe0x80Separator() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_1)) {
      List<Object> tokens = rpc(c, RpcCall.byId(15, List.of()), RpcCall.byId(15, List.of()));
      assertThat(kinds(tokens)).containsExactly("ReturnStatusToken", "DoneProcToken",
          "ReturnStatusToken", "DoneProcToken");
      assertThat(server.engine.rpcs.getLast().procName()).isEqualTo("sp_unprepare");
    }
  }

  @Test
  void transactionManagerRequestsDriveDescriptors() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      List<Object> begin = tm(c, TransactionManagerMessage.begin(AllHeaders.of(0), 0, ""));
      assertThat(begin.get(0)).isInstanceOf(EnvChangeToken.class);
      long descriptor = ((EnvChangeToken) begin.get(0)).descriptor();
      assertThat(begin.getLast()).isEqualTo(new DoneToken(0, 0xD4, 0));
      List<Object> commit = tm(c, new TransactionManagerMessage(AllHeaders.of(descriptor),
          TransactionManagerMessage.TM_COMMIT_XACT, 0, "", true, 0, ""));
      assertThat(commit.get(0)).isEqualTo(EnvChangeToken.commitTransaction(descriptor));
      assertThat(((EnvChangeToken) commit.get(1)).type())
          .isEqualTo(EnvChangeToken.BEGIN_TRANSACTION);
      assertThat(server.engine.transactions.getLast())
          .isEqualTo(new TransactionRequest.Commit("", true, 0));
      // Inside the transaction begun anew, statements complete with DONE_INXACT.
      assertThat(c.batch("SELECT 1").getLast()).isEqualTo(
          new DoneToken(DoneStatus.COUNT | DoneStatus.INXACT, 0xC1, 1));
    }
  }

  @Test
  void dtcRequestsGetAnErrorAndTheSessionGoesOn() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      List<Object> tokens = tm(c, new TransactionManagerMessage(AllHeaders.of(0),
          TransactionManagerMessage.TM_GET_DTC_ADDRESS, 0, "", false, 0, ""));
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneToken");
      assertThat(tokens.getLast()).isEqualTo(new DoneToken(DoneStatus.ERROR, 0, 0));
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  static List<Object> tm(TdsTestClient c, TransactionManagerMessage m) throws Exception {
    ByteBuf b = Unpooled.buffer();
    m.encode(b);
    c.send(PacketType.TRANSACTION_MANAGER, 0x01, TdsTestClient.bytes(b));
    return c.tokens(c.readMessage());
  }

  @Test
  void noMetadataOptionSendsTheEmptyColumnDescription() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      AllHeaders h = AllHeaders.of(0);
      ByteBuf b = Unpooled.buffer();
      new RpcRequestMessage(h, List.of(new RpcCall(null, 10, RpcCall.NO_METADATA,
          List.of(nvarchar("", "SELECT 1")), false))).encode(b, c.tdsVersion);
      c.send(PacketType.RPC, 0x01, TdsTestClient.bytes(b));
      byte[] payload = c.readMessage().payload();
      assertThat(payload[0] & 0xFF).isEqualTo(0x81);
      assertThat(payload[1] & 0xFF).isEqualTo(0xFF);
      assertThat(payload[2] & 0xFF).isEqualTo(0xFF);
      assertThat(payload[3] & 0xFF).isEqualTo(0xD1);
    }
  }

  @Test
  void malformedParameterIsAnErrorAndTheSessionCarriesOn() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      // sp_executesql (ProcID 10) with @p0 INTN(4) whose value claims 3 bytes.
      byte[] rpc = java.util.HexFormat.of().parseHex(("16000000 12000000 0200 0000000000000000"
          + " 01000000 FFFF 0A00 0000 03 4000 7000 3000 00 26 04 03 010000").replace(" ", ""));
      c.send(PacketType.RPC, 0x01, rpc);
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneToken");
      ErrorToken error = (ErrorToken) tokens.get(0);
      assertThat(error.number()).isEqualTo(8016);
      assertThat(error.severity()).isEqualTo(16);
      assertThat(error.text()).isEqualTo("The incoming tabular data stream (TDS) remote procedure"
          + " call (RPC) protocol stream is incorrect. Parameter 1 (\"@p0\"): Data type 0x26 has"
          + " an invalid data length or metadata length.");
      assertThat(tokens.get(1)).isEqualTo(new DoneToken(DoneStatus.ERROR, 0, 0));
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void decimalOverItsPrecisionIsError8023AndTheSessionCarriesOn() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      // Found by TdsFuzzIT: @p0 decimal(5,2) holding 5366.33 was taken and then failed as a row
      // value ("Internal error" and a stack trace).
      byte[] rpc = java.util.HexFormat.of().parseHex(("16000000 12000000 0200 0000000000000000"
          + " 01000000 FFFF 0A00 0000 03 4000 7000 3000 00 6A 11 05 02 05 01 39300800")
          .replace(" ", ""));
      c.send(PacketType.RPC, 0x01, rpc);
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneToken");
      ErrorToken error = (ErrorToken) tokens.get(0);
      assertThat(error.number()).isEqualTo(8023);
      assertThat(error.text()).isEqualTo("The incoming tabular data stream (TDS) remote procedure"
          + " call (RPC) protocol stream is incorrect. Parameter 1 (\"@p0\"): The supplied value"
          + " is not a valid instance of data type decimal. Check the source data for invalid"
          + " values. An example of an invalid value is data of numeric type with scale greater"
          + " than precision.");
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void unknownProcIdIsAnErrorAndTheSessionCarriesOn() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      // Found by TdsFuzzIT: ProcID 0xD1 (only 1-15 exist) was answered "Internal error" (50000)
      // with a stack trace in the log. Two calls: the first must not run either.
      byte[] rpc = java.util.HexFormat.of().parseHex(("16000000 12000000 0200 0000000000000000"
          + " 01000000 FFFF 0A00 0000 00 00 E7 4000 0904D00034 1000 530045004C0045004300540020003100"
          + " FF FFFF D100 0000").replace(" ", ""));
      c.send(PacketType.RPC, 0x01, rpc);
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneToken");
      ErrorToken error = (ErrorToken) tokens.get(0);
      assertThat(error.number()).isEqualTo(4002);
      assertThat(error.text())
          .isEqualTo("The incoming tabular data stream (TDS) protocol stream is incorrect.");
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void bulkLoadRowsWithoutInsertBulkAreAnErrorAndTheSessionCarriesOn() throws Exception {
    try (TdsTestClient c = loggedIn(TdsVersion.V7_4)) {
      // COLMETADATA with one INTN(4) column "a", then DONE: rows nobody announced.
      byte[] load = java.util.HexFormat.of().parseHex(("81 0100 00000000 0900 26 04 01 6100"
          + " FD 0000 0000 0000000000000000").replace(" ", ""));
      c.send(PacketType.BULK_LOAD, 0x01, load);
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(kinds(tokens)).containsExactly("ErrorToken", "DoneToken");
      ErrorToken error = (ErrorToken) tokens.get(0);
      assertThat(error.number()).isEqualTo(4002);
      assertThat(error.text())
          .isEqualTo("The incoming tabular data stream (TDS) protocol stream is incorrect.");
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }
}
