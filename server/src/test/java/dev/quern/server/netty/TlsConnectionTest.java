package dev.quern.server.netty;

import static dev.quern.server.testing.TdsTestClient.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.server.testing.PreloginTlsSocket;
import dev.quern.server.testing.TdsTestClient;
import dev.quern.server.testing.TestServer;
import dev.quern.tds.message.Encryption;
import dev.quern.tds.message.PreloginMessage;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.token.DoneToken;
import dev.quern.tds.token.ErrorToken;
import dev.quern.tds.token.EnvChangeToken;
import dev.quern.tds.type.TdsVersion;
import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TLS the three ways clients ask for it, against a real JDK SSL client. */
class TlsConnectionTest {
  static TestServer server;
  static TestServer forced;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start();
    forced = new TestServer(ServerConfig.defaults(0).withForceEncryption(true), true);
  }

  @AfterAll
  static void stop() {
    server.close();
    forced.close();
  }

  static List<Object> login(TdsTestClient c) throws Exception {
    return c.login(TdsTestClient.login7(TdsVersion.V7_4, "sa", TestServer.PASSWORD, 32767, null));
  }

  @Test
  void encryptOnRunsTls12InsidePreloginThenRawTls() throws Exception {
    try (TdsTestClient c = server.client()) {
      assertThat(c.prelogin(Encryption.ON).encryption()).isEqualTo(Encryption.ON);
      SSLSocket ssl = PreloginTlsSocket.handshake(c.socket());
      assertThat(ssl.getSession().getProtocol()).isEqualTo("TLSv1.2");
      c.streams(ssl.getInputStream(), ssl.getOutputStream());
      List<Object> tokens = login(c);
      assertThat(tokens.getLast()).isEqualTo(new DoneToken(0, 0, 0));
      // Packet sizes above 16383 are refused by mssql-jdbc under TLS.
      assertThat(c.packetSize).isEqualTo(16383);
      assertThat(kinds(c.batch("SELECT 1"))).containsExactly("ColMetadataToken", "Row",
          "DoneToken");
      assertThat(kinds(c.batch("ROWS 5000"))).hasSize(5002);
    }
  }

  /**
   * jTDS with ssl=request closes its SSLSocket right after sending LOGIN7 under login-only TLS; the
   * JDK then skips every byte already readable on the TCP socket, so a login response that won the
   * race was lost and jTDS hung until its login timeout. This client does what jTDS does with
   * whatever the server answers, in the losing order: the response is readable before the close.
   */
  @Test
  void jtdsLoginResponseSurvivesItsSslSocketClose() throws Exception {
    try (TdsTestClient c = server.client()) {
      int answer = c.prelogin(TdsTestClient.jtdsPrelogin(Encryption.OFF)).encryption();
      Socket raw = c.socket();
      raw.setSoTimeout(10_000); // a lost response fails the test instead of hanging it
      SSLSocket ssl = PreloginTlsSocket.handshakeAutoClosing(raw);
      c.streams(ssl.getInputStream(), ssl.getOutputStream());
      c.tdsVersion = TdsVersion.V7_1;
      c.send(PacketType.LOGIN7, 0x01, c.loginBytes(
          TdsTestClient.login7(TdsVersion.V7_1, "sa", TestServer.PASSWORD, 0, null)));
      if (answer == Encryption.OFF) {
        // jTDS SharedSocket.disableEncryption: close the SSLSocket, read on in plaintext.
        InputStream rawIn = raw.getInputStream();
        for (int i = 0; i < 10_000 && rawIn.available() == 0; i++) {
          Thread.sleep(1);
        }
        ssl.close();
        c.streams(rawIn, raw.getOutputStream());
      }
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(tokens.getLast()).isEqualTo(new DoneToken(0, 0, 0));
    }
  }

  @Test
  void encryptOffEncryptsOnlyTheLogin() throws Exception {
    try (TdsTestClient c = server.client()) {
      assertThat(c.prelogin(Encryption.OFF).encryption()).isEqualTo(Encryption.OFF);
      var rawIn = c.socket().getInputStream();
      var rawOut = c.socket().getOutputStream();
      SSLSocket ssl = PreloginTlsSocket.handshake(c.socket());
      c.streams(ssl.getInputStream(), ssl.getOutputStream());
      var login = TdsTestClient.login7(TdsVersion.V7_4, "sa", TestServer.PASSWORD, 8000, null);
      c.send(PacketType.LOGIN7, 0x01, c.loginBytes(login));
      // The answer and everything after it are plaintext.
      c.streams(rawIn, rawOut);
      List<Object> tokens = c.tokens(c.readMessage());
      assertThat(tokens.getLast()).isEqualTo(new DoneToken(0, 0, 0));
      c.packetSize = 8000;
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void strictClientsGetTls13WithAlpnBeforePrelogin() throws Exception {
    Socket raw = new Socket("127.0.0.1", server.port);
    SSLSocket ssl = PreloginTlsSocket.strict(raw);
    assertThat(ssl.getApplicationProtocol()).isEqualTo("tds/8.0");
    assertThat(ssl.getSession().getProtocol()).isEqualTo("TLSv1.3");
    try (TdsTestClient c = new TdsTestClient(ssl)) {
      PreloginMessage reply = c.prelogin(Encryption.NOT_SUP);
      assertThat(reply.encryption()).isEqualTo(Encryption.NOT_SUP);
      List<Object> tokens = c.login(TdsTestClient.login7(TdsVersion.V8_0, "sa",
          TestServer.PASSWORD, 4096, null));
      assertThat(tokens.stream().filter(dev.quern.tds.token.LoginAckToken.class::isInstance)
          .map(t -> ((dev.quern.tds.token.LoginAckToken) t).tdsVersion()))
          .containsExactly(TdsVersion.V7_4);
      assertThat(kinds(c.batch("SELECT 1"))).contains("Row");
    }
  }

  @Test
  void forcedEncryptionAnswersReqAndRefusesPlainLogins() throws Exception {
    try (TdsTestClient c = forced.client()) {
      assertThat(c.prelogin(Encryption.OFF).encryption()).isEqualTo(Encryption.REQ);
      SSLSocket ssl = PreloginTlsSocket.handshake(c.socket());
      c.streams(ssl.getInputStream(), ssl.getOutputStream());
      assertThat(login(c).getLast()).isEqualTo(new DoneToken(0, 0, 0));
    }
    try (TdsTestClient c = forced.client()) {
      List<Object> tokens = login(c);
      assertThat(((ErrorToken) tokens.getFirst()).number()).isEqualTo(18456);
      assertThat(c.closedByServer()).isTrue();
    }
  }

  @Test
  void withoutCertificateEncryptionIsNotSupported() throws Exception {
    try (TestServer plain = new TestServer(ServerConfig.defaults(0), false);
        TdsTestClient c = plain.client()) {
      assertThat(c.prelogin(Encryption.ON).encryption()).isEqualTo(Encryption.NOT_SUP);
      assertThat(c.prelogin(Encryption.OFF)).isNotNull();
    } catch (java.io.EOFException expectedAfterSecondPrelogin) {
      // A second PRELOGIN is a protocol error: the server closes.
    }
  }

  @Test
  void envChangeOfPacketSizeIsNumeric() throws Exception {
    try (TdsTestClient c = server.client()) {
      c.prelogin(Encryption.NOT_SUP);
      List<Object> tokens = c.login(TdsTestClient.login7(TdsVersion.V7_4, "sa",
          TestServer.PASSWORD, 100, null));
      assertThat(tokens).filteredOn(EnvChangeToken.class::isInstance)
          .map(t -> (EnvChangeToken) t)
          .filteredOn(e -> e.type() == EnvChangeToken.PACKET_SIZE)
          .extracting(EnvChangeToken::newText).containsExactly("512");
    }
  }
}
