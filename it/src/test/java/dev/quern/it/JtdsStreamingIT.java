package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 100,000-row GENERATE_SERIES result through jTDS (TDS 7.1 ROW tokens, no NBCROW). */
class JtdsStreamingIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void readsAHundredThousandRowsExactly() throws SQLException {
    try (Connection c = SERVER.connectJtds();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(JdbcStreamingIT.HUNDRED_THOUSAND)) {
      assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("int");
      assertThat(rs.getMetaData().getColumnTypeName(2)).isEqualTo("float");
      assertThat(rs.getMetaData().getColumnTypeName(3)).isEqualTo("nvarchar");
      int expected = 0;
      while (rs.next()) {
        expected++;
        if (rs.getInt(1) != expected || rs.getDouble(2) != expected || !rs.getString(3).equals("row" + expected)) {
          assertThat(new Object[] {rs.getInt(1), rs.getDouble(2), rs.getString(3)})
              .as("row %d", expected)
              .containsExactly(expected, (double) expected, "row" + expected);
        }
      }
      assertThat(expected).isEqualTo(100_000);
    }
  }
}
