package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import dev.quern.it.support.RawTds;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad bytes on raw sockets: random data, truncated and oversized packets, packets out of order,
 * absurd lengths inside a LOGIN7, a login that never finishes. Each connection must end (an
 * error, then a close) within a bounded time, and the server and other sessions keep working.
 */
class JdbcMalformedInputIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  /** How long we wait for the server to end a bad connection: generous, only "not forever". */
  private static final Duration CLOSE_BOUND = Duration.ofSeconds(120);

  private static final int PRELOGIN = RawTds.PRELOGIN;
  private static final int LOGIN7 = RawTds.LOGIN7;
  private static final int SQL_BATCH = RawTds.SQL_BATCH;
  private static final int EOM = RawTds.EOM;

  @AfterEach
  void serverSurvivesAndServesOthers() throws SQLException {
    assertThat(SERVER.isAlive()).as("server process alive; log:\n%s", SERVER.logText()).isTrue();
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT N'still here'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
  }

  @Test
  void randomBytesAreRejected() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(1).nextBytes(garbage);
    try (Socket socket = open()) {
      write(socket, garbage);
      assertServerEnds(socket);
    }
  }

  @Test
  void everyPacketTypeWithRandomPayloadIsRejectedOrAnswered() throws IOException {
    Random random = new Random(2);
    for (int type = 0; type < 0x20; type++) {
      byte[] payload = new byte[random.nextInt(200)];
      random.nextBytes(payload);
      try (Socket socket = open()) {
        write(socket, packet(type, EOM, payload));
        socket.shutdownOutput();
        assertServerEnds(socket);
      }
    }
  }

  @Test
  void truncatedPacketFollowedByCloseIsDropped() throws IOException {
    byte[] header = packet(PRELOGIN, EOM, new byte[4088]);
    byte[] cut = java.util.Arrays.copyOf(header, 100);
    try (Socket socket = open()) {
      write(socket, cut);
      socket.shutdownOutput();
      assertServerEnds(socket);
    }
  }

  @Test
  void packetLongerThanAnyAllowedSizeIsRejected() throws IOException {
    // 65535 is above the 32767-byte ceiling of a TDS packet.
    byte[] oversized = packet(PRELOGIN, EOM, new byte[65535 - 8]);
    try (Socket socket = open()) {
      write(socket, oversized);
      assertServerEnds(socket);
    }
  }

  @Test
  void packetShorterThanItsHeaderIsRejected() throws IOException {
    byte[] bad = {PRELOGIN, EOM, 0x00, 0x04, 0, 0, 1, 0};
    try (Socket socket = open()) {
      write(socket, bad);
      assertServerEnds(socket);
    }
  }

  @Test
  void sqlBatchBeforeLoginIsRejected() throws IOException {
    byte[] sql = "SELECT 1".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    try (Socket socket = open()) {
      write(socket, packet(SQL_BATCH, EOM, sql));
      assertServerEnds(socket);
    }
  }

  @Test
  void login7WithAbsurdLengthsIsRejected() throws IOException {
    ByteBuffer login = ByteBuffer.allocate(94).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    login.putInt(0x7FFF_FFFF); // total length far beyond the packet
    login.putInt(0x7400_0004); // TDS 7.4
    login.putInt(4096);
    login.position(36);
    while (login.remaining() >= 4) {
      login.putShort((short) 0x7FF0); // every offset and length points outside the message
      login.putShort((short) 0x7FF0);
    }
    try (Socket socket = open()) {
      write(socket, packet(LOGIN7, EOM, login.array()));
      assertServerEnds(socket);
    }
  }

  @Test
  void messageSpreadOverEndlessNonFinalPacketsIsCutOff() throws IOException, InterruptedException {
    // Status 0x00 (not end of message) again and again: the server must cap what it buffers.
    byte[] chunk = packet(PRELOGIN, 0x00, new byte[4088]);
    try (Socket socket = open()) {
      // A writer thread, so that a server which stops reading blocks it and not the test.
      Thread writer =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      for (int i = 0; i < 16 * 1024; i++) { // 64 MiB, far past any PRELOGIN
                        write(socket, chunk);
                      }
                    } catch (IOException closedByServer) {
                      // expected: the server hung up on us
                    }
                  });
      assertServerEnds(socket);
      socket.close();
      writer.join();
    }
  }

  @Test
  void loginThatNeverFinishesIsClosedWhileOthersWork() throws IOException, SQLException {
    try (Socket idle = open()) {
      // Half a PRELOGIN header, then silence.
      write(idle, new byte[] {PRELOGIN, EOM, 0x00});
      try (Connection c = SERVER.connect("encrypt=false")) {
        assertThat(c.isValid(10)).isTrue();
      }
      assertServerEnds(idle);
    }
  }

  private static Socket open() throws IOException {
    return RawTds.open(SERVER, CLOSE_BOUND);
  }

  private static void write(Socket socket, byte[] bytes) throws IOException {
    RawTds.write(socket, bytes);
  }

  private static void assertServerEnds(Socket socket) {
    RawTds.assertServerEnds(socket);
  }

  private static byte[] packet(int type, int status, byte[] payload) {
    return RawTds.packet(type, status, payload);
  }
}
