package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The learn.microsoft.com tutorial "Encrypt a Column of Data" through mssql-jdbc, end to end: a
 * master key, a certificate, a symmetric key encrypted by it, a column encrypted with an
 * authenticator from prepared statements, decrypted after a restart of the server (the master key
 * opens by the service master key kept in the data directory), and only in a session that opened
 * the key.
 */
class JdbcColumnEncryptionIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String ENCRYPT = "UPDATE dbo.CreditCard SET CardNumber_Encrypted = "
      + "EncryptByKey(Key_GUID('CreditCards_Key11'), CardNumber, 1, HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID)))";
  private static final String DECRYPT = "SELECT CreditCardID, CONVERT(nvarchar, DecryptByKey(CardNumber_Encrypted, 1, "
      + "HashBytes('SHA2_256', CONVERT(varbinary, CreditCardID)))) FROM dbo.CreditCard ORDER BY CreditCardID";
  private static final String OPEN = "OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY CERTIFICATE Sales09";

  @Test
  void theColumnEncryptionTutorialRunsOverTheWireAndSurvivesARestart() throws SQLException, IOException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE Shop");
      s.execute("USE Shop");
      s.execute("CREATE MASTER KEY ENCRYPTION BY PASSWORD = '23987hxJ#KL95234nl0zBe'");
      s.execute("CREATE CERTIFICATE Sales09 WITH SUBJECT = 'Customer Credit Card Numbers'");
      s.execute("CREATE SYMMETRIC KEY CreditCards_Key11 WITH ALGORITHM = AES_256 ENCRYPTION BY CERTIFICATE Sales09");
      s.execute("CREATE TABLE dbo.CreditCard (CreditCardID int PRIMARY KEY, CardNumber nvarchar(25) NOT NULL)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO dbo.CreditCard VALUES (?, ?)")) {
        String[] cards = {"33332664695310", "55552127249722", "77778344838353"};
        for (int i = 0; i < cards.length; i++) {
          insert.setInt(1, i + 1);
          insert.setString(2, cards[i]);
          insert.executeUpdate();
        }
      }
      s.execute("ALTER TABLE dbo.CreditCard ADD CardNumber_Encrypted varbinary(128)");
      s.execute(OPEN);
      assertThat(s.executeUpdate(ENCRYPT)).isEqualTo(3);
      try (PreparedStatement p = c.prepareStatement(
          "SELECT CONVERT(nvarchar(50), DecryptByKey(EncryptByKey(Key_GUID('CreditCards_Key11'), ?)))")) {
        p.setString(1, "a parameter, encrypted and back");
        assertThat(single(p)).isEqualTo("a parameter, encrypted and back");
      }
      assertThat(rows(s, DECRYPT)).containsExactly("1,33332664695310", "2,55552127249722", "3,77778344838353");
      assertThat(rows(s, "SELECT key_name FROM sys.openkeys")).containsExactly("CreditCards_Key11");
      assertMessageNamesItsKey(s);
      s.execute("CLOSE SYMMETRIC KEY CreditCards_Key11");
      assertThat(rows(s, DECRYPT)).containsExactly("1,null", "2,null", "3,null");
    }
    SERVER.restart();
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("USE Shop");
      assertThat(rows(s, DECRYPT)).containsExactly("1,null", "2,null", "3,null");
      s.execute(OPEN);
      assertThat(rows(s, DECRYPT)).containsExactly("1,33332664695310", "2,55552127249722", "3,77778344838353");
      try (Connection other = SERVER.connect(); Statement o = other.createStatement()) {
        o.execute("USE Shop");
        assertThat(rows(o, DECRYPT)).containsExactly("1,null", "2,null", "3,null"); // keys belong to a session
        assertThatThrownBy(() -> o.execute("OPEN SYMMETRIC KEY CreditCards_Key11 DECRYPTION BY PASSWORD = 'nope'"))
            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(15313));
      }
    }
  }

  /** The first 16 bytes of ENCRYPTBYKEY's output are the key's GUID, the next four version 1. */
  private static void assertMessageNamesItsKey(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT TOP 1 CardNumber_Encrypted, key_guid FROM dbo.CreditCard "
        + "CROSS JOIN sys.symmetric_keys WHERE name = 'CreditCards_Key11'")) {
      assertThat(rs.next()).isTrue();
      byte[] message = rs.getBytes(1);
      UUID guid = UUID.fromString(rs.getString(2));
      ByteBuffer b = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
      long msb = ((long) b.getInt() << 32) | ((long) (b.getShort() & 0xFFFF) << 16) | (b.getShort() & 0xFFFF);
      long lsb = ByteBuffer.wrap(message, 8, 8).getLong();
      assertThat(new UUID(msb, lsb)).isEqualTo(guid);
      assertThat(message[16]).isEqualTo((byte) 1);
    }
  }

  private static String single(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          values.add(rs.getString(i));
        }
        out.add(String.join(",", values));
      }
    }
    return out;
  }
}
