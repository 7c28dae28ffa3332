package dev.quern.tds.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.tds.Hex;
import dev.quern.tds.Truncation;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Messages captured from real clients talking to Quern (jTDS 1.3.1, tedious 18, FreeTDS 1.3 tsql
 * with encryption off), under {@code src/test/resources/tds/<client>/}.
 */
class ClientFixturesTest {
  static byte[] fixture(String path) throws IOException {
    try (InputStream in = ClientFixturesTest.class.getResourceAsStream("/tds/" + path)) {
      return Hex.bytes(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  static ByteBuf buf(String path) throws IOException {
    return Unpooled.wrappedBuffer(fixture(path));
  }

  @Test
  void jtdsLogsInWithTds71AndNoFeatures() throws Exception {
    Login7Message login = Login7Message.decode(buf("jtds/01-login7.hex"));
    assertThat(login.tdsVersion()).isEqualTo(TdsVersion.V7_1);
    assertThat(login.userName()).isEqualTo("sa");
    assertThat(login.password()).isEqualTo("Str0ng#Pass");
    assertThat(login.appName()).isEqualTo("jTDS");
    assertThat(login.database()).isEqualTo("master");
    assertThat(login.features()).isNull();
    assertThat(login.integratedSecurity()).isFalse();
    Truncation.failsCleanlyAtEveryCut(fixture("jtds/01-login7.hex"), Login7Message::decode);
  }

  @Test
  void jtdsBatchHasNoAllHeaders() throws Exception {
    SqlBatchMessage batch = SqlBatchMessage.decode(buf("jtds/02-sqlbatch.hex"), TdsVersion.V7_1);
    assertThat(batch.headers().present()).isFalse();
    assertThat(batch.sql()).startsWith("SELECT @@MAX_PRECISION\r\nSET TRANSACTION ISOLATION LEVEL");
  }

  @Test
  void jtdsPreparesAndExecutesByProcId() throws Exception {
    RpcRequestMessage prepare = RpcRequestMessage.decode(buf("jtds/03-rpc.hex"), TdsVersion.V7_1);
    RpcCall call = prepare.calls().getFirst();
    assertThat(call.procId()).isEqualTo(11);
    assertThat(call.parameters()).extracting(RpcParameterData::value)
        .containsExactly(null, "@P0 int", "SELECT  @P0 ", 1);
    assertThat(call.parameters().getFirst().output()).isTrue();
    RpcRequestMessage execute = RpcRequestMessage.decode(buf("jtds/04-rpc.hex"), TdsVersion.V7_1);
    assertThat(execute.calls().getFirst().procId()).isEqualTo(12);
    assertThat(execute.calls().getFirst().parameters()).extracting(RpcParameterData::value)
        .containsExactly(1, 5);
    Truncation.onlyProtocolErrorsAtEveryCut(fixture("jtds/03-rpc.hex"),
        in -> RpcRequestMessage.decode(in, TdsVersion.V7_1));
  }

  @Test
  void tediousSendsItsPreloginOptions() throws Exception {
    PreloginMessage prelogin = PreloginMessage.decode(buf("tedious/01-prelogin.hex"));
    // tedious 18 sends no TRACEID.
    assertThat(prelogin.options()).extracting(PreloginMessage.Option::token)
        .containsExactly(0, 1, 2, 3, 4, 6);
    assertThat(prelogin.encryption()).isEqualTo(Encryption.NOT_SUP);
    Truncation.failsCleanlyAtEveryCut(fixture("tedious/01-prelogin.hex"),
        PreloginMessage::decode);
  }

  @Test
  void tediousAsksForUtf8WithOneByte() throws Exception {
    Login7Message login = Login7Message.decode(buf("tedious/02-login7.hex"));
    assertThat(login.tdsVersion()).isEqualTo(TdsVersion.V7_4);
    assertThat(login.optionFlags2()).isZero();
    assertThat(login.features()).containsExactly(
        new FeatureExtension(FeatureExtension.UTF8_SUPPORT, new byte[] {1}));
    assertThat(login.language()).isEqualTo("us_english");
  }

  @Test
  void tediousTransactionsAreTmRequests() throws Exception {
    TransactionManagerMessage begin =
        TransactionManagerMessage.decode(buf("tedious/05-tm.hex"), TdsVersion.V7_4);
    assertThat(begin.requestType()).isEqualTo(TransactionManagerMessage.TM_BEGIN_XACT);
    assertThat(begin.headers().outstandingRequestCount()).isEqualTo(1);
    TransactionManagerMessage commit =
        TransactionManagerMessage.decode(buf("tedious/06-tm.hex"), TdsVersion.V7_4);
    assertThat(commit.requestType()).isEqualTo(TransactionManagerMessage.TM_COMMIT_XACT);
    assertThat(commit.headers().transactionDescriptor()).isNotZero();
    assertThat(commit.beginNew()).isFalse();
  }

  @Test
  void tediousInitialSetBatchAndAttention() throws Exception {
    SqlBatchMessage batch = SqlBatchMessage.decode(buf("tedious/03-sqlbatch.hex"), TdsVersion.V7_4);
    assertThat(batch.sql()).startsWith("set ansi_nulls on\nset ansi_null_dflt_on on");
    assertThat(fixture("tedious/08-attention.hex")).isEmpty();
  }

  @Test
  void freetdsSendsMarsAndUtf8() throws Exception {
    PreloginMessage prelogin = PreloginMessage.decode(buf("freetds-tsql/01-prelogin.hex"));
    assertThat(prelogin.has(PreloginMessage.MARS)).isTrue();
    assertThat(prelogin.encryption()).isEqualTo(Encryption.NOT_SUP);
    Login7Message login = Login7Message.decode(buf("freetds-tsql/02-login7.hex"));
    assertThat(login.tdsVersion()).isEqualTo(TdsVersion.V7_4);
    assertThat(login.clientInterfaceName()).isEqualTo("TDS-Library");
    assertThat(login.requestsFeature(FeatureExtension.UTF8_SUPPORT)).isTrue();
    assertThat(login.password()).isEqualTo("Str0ng#Pass");
    SqlBatchMessage batch =
        SqlBatchMessage.decode(buf("freetds-tsql/03-sqlbatch.hex"), TdsVersion.V7_4);
    assertThat(batch.sql()).isEqualTo("SELECT 1\n");
  }
}
