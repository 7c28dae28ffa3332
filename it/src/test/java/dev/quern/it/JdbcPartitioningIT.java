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
 * A partitioned table as SSMS scripts one (bracketed names, N'…' datetime boundaries, the key added
 * WITH options ON the scheme) through mssql-jdbc: $PARTITION as a prepared statement's expression,
 * sys.partitions per partition, informational 7712 as a warning, 7717 as the SQLException's code.
 */
class JdbcPartitioningIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void anSsmsScriptedPartitionedTableWorksOverTheWire() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE PARTITION FUNCTION [pf_orders](datetime) AS RANGE RIGHT FOR VALUES "
          + "(N'2024-01-01T00:00:00.000', N'2025-01-01T00:00:00.000')");
      s.execute("CREATE PARTITION SCHEME [ps_orders] AS PARTITION [pf_orders] TO ([PRIMARY], [PRIMARY], [PRIMARY], [PRIMARY])");
      java.sql.SQLWarning created = s.getWarnings();
      assertThat(created == null ? 0 : created.getErrorCode()).isEqualTo(7712);
      s.execute("CREATE TABLE [dbo].[orders]([id] [int] NOT NULL, [placed] [datetime] NOT NULL, [total] [money] NULL) "
          + "ON [ps_orders]([placed])");
      s.execute("ALTER TABLE [dbo].[orders] ADD CONSTRAINT [PK_orders] PRIMARY KEY CLUSTERED ([id] ASC, [placed] ASC) "
          + "WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, "
          + "ALLOW_PAGE_LOCKS = ON) ON [ps_orders]([placed])");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO dbo.orders VALUES (?, ?, ?)")) {
        String[] dates = {"2023-03-01", "2024-02-01", "2024-12-31", "2025-06-01"};
        for (int i = 0; i < dates.length; i++) {
          insert.setInt(1, i + 1);
          insert.setTimestamp(2, java.sql.Timestamp.valueOf(dates[i] + " 10:00:00"));
          insert.setBigDecimal(3, new java.math.BigDecimal("9.99"));
          insert.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("SELECT $PARTITION.pf_orders(?)")) {
        p.setTimestamp(1, java.sql.Timestamp.valueOf("2024-06-30 00:00:00"));
        try (ResultSet rs = p.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(2);
        }
      }
      assertThat(rows(s, "SELECT partition_number, rows FROM sys.partitions "
          + "WHERE object_id = OBJECT_ID('dbo.orders') ORDER BY partition_number"))
          .containsExactly("1,1", "2,2", "3,1");
      assertThat(rows(s, "SELECT ds.type_desc, ds.name FROM sys.indexes i JOIN sys.data_spaces ds "
          + "ON ds.data_space_id = i.data_space_id WHERE i.object_id = OBJECT_ID('dbo.orders')"))
          .containsExactly("PARTITION_SCHEME,ps_orders");
      assertThatThrownBy(() -> s.execute("DROP PARTITION SCHEME ps_orders"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(7717));
      s.execute("TRUNCATE TABLE dbo.orders WITH (PARTITIONS (2))");
      assertThat(rows(s, "SELECT COUNT(*) FROM dbo.orders")).containsExactly("2");
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
