package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Columns of their own collation through mssql-jdbc: COLMETADATA carries each column's 5-byte
 * collation, from which the driver picks the code page it decodes varchar with (1252 for the whole
 * Latin1 family), and a case-sensitive key takes 'a' and 'A' as different rows.
 */
class JdbcCollationsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void varcharOfEveryCollationDecodesItsNonAsciiCharacters() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jc_text (id int PRIMARY KEY, bin varchar(20) COLLATE Latin1_General_BIN2,"
          + " cs varchar(20) COLLATE SQL_Latin1_General_CP1_CS_AS, ai char(6) COLLATE Latin1_General_100_CI_AI,"
          + " n nvarchar(20) COLLATE Latin1_General_CS_AS)");
      s.execute("INSERT jc_text VALUES (1, 'Résumé €', 'Ça coûte', 'naïve', N'Žluťoučký')");
      try (ResultSet rs = s.executeQuery("SELECT bin, cs, ai, n, bin COLLATE Latin1_General_CI_AI FROM jc_text")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Résumé €");
        assertThat(rs.getString(2)).isEqualTo("Ça coûte");
        assertThat(rs.getString(3)).isEqualTo("naïve ");
        assertThat(rs.getString(4)).isEqualTo("Žluťoučký");
        assertThat(rs.getString(5)).isEqualTo("Résumé €");
      }
    }
  }

  @Test
  void caseSensitiveKeyAndParameterSeek() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jc_codes (code varchar(10) COLLATE Latin1_General_BIN2 PRIMARY KEY, v int)");
      s.execute("INSERT jc_codes VALUES ('abc', 1), ('ABC', 2), ('Abc', 3)");
      try (PreparedStatement p = c.prepareStatement("SELECT v FROM jc_codes WHERE code = ?")) {
        p.setString(1, "ABC");
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(2);
          assertThat(rs.next()).isFalse();
        }
      }
      List<String> order = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT code FROM jc_codes ORDER BY code")) {
        while (rs.next()) {
          order.add(rs.getString(1));
        }
      }
      assertThat(order).containsExactly("ABC", "Abc", "abc");
      assertThatThrownBy(() -> s.execute("INSERT jc_codes VALUES ('abc ', 4)"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(2627));
    }
  }

  @Test
  void conflictingCollationsAre468() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jc_mix (a varchar(5) COLLATE Latin1_General_CS_AS, b varchar(5))");
      assertThatThrownBy(() -> s.executeQuery("SELECT * FROM jc_mix WHERE a = b"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(468);
            assertThat(e.getMessage()).isEqualTo("Cannot resolve the collation conflict between"
                + " \"Latin1_General_CS_AS\" and \"SQL_Latin1_General_CP1_CI_AS\" in the equal to operation.");
          });
    }
  }
}
