package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * mssql-jdbc's DatabaseMetaData, as ORMs and SQL tools read a schema: getTables (sp_tables),
 * getColumns (sp_columns_100 through INSERT … EXEC into a table variable, after sp_columns_170
 * is found missing), getPrimaryKeys (sp_pkeys), getImportedKeys/getExportedKeys (sp_fkeys),
 * getProcedures/getProcedureColumns (sp_stored_procedures, sp_sproc_columns), getIndexInfo
 * (sp_statistics with sys.dm_db_partition_stats), and sp_help.
 */
class JdbcCatalogMetadataIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void schema() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE md_customer (id int IDENTITY(1, 1) NOT NULL, name nvarchar(50) NOT NULL,"
          + " balance decimal(12, 2) NULL CONSTRAINT df_md_balance DEFAULT 0, joined datetime2 NULL, notes varchar(max) NULL,"
          + " CONSTRAINT pk_md_customer PRIMARY KEY (id))");
      s.execute("CREATE TABLE md_order (customer_id int NOT NULL, line int NOT NULL, amount money NOT NULL,"
          + " CONSTRAINT pk_md_order PRIMARY KEY (customer_id, line),"
          + " CONSTRAINT fk_md_order_customer FOREIGN KEY (customer_id) REFERENCES md_customer (id))");
      s.execute("CREATE VIEW md_names AS SELECT name FROM md_customer");
      s.execute("CREATE PROCEDURE md_find @id int, @name nvarchar(50) = NULL OUTPUT AS SELECT @name = name FROM md_customer WHERE id = @id");
    }
  }

  @Test
  void getTablesListsTablesAndViewsByType() throws SQLException {
    try (Connection c = SERVER.connect()) {
      DatabaseMetaData md = c.getMetaData();
      assertThat(names(md.getTables("master", "dbo", "md%", new String[] {"TABLE"}), "TABLE_NAME"))
          .containsExactly("md_customer", "md_order");
      try (ResultSet rs = md.getTables(null, null, "md_names", null)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("TABLE_CAT")).isEqualTo("master");
        assertThat(rs.getString("TABLE_SCHEM")).isEqualTo("dbo");
        assertThat(rs.getString("TABLE_TYPE")).isEqualTo("VIEW");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void getColumnsDescribesEachColumn() throws SQLException {
    try (Connection c = SERVER.connect()) {
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getColumns(null, "dbo", "md_customer", null)) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("DATA_TYPE") + " " + rs.getString("TYPE_NAME") + " "
              + rs.getInt("COLUMN_SIZE") + " " + rs.getInt("DECIMAL_DIGITS") + " " + rs.getString("IS_NULLABLE") + " "
              + rs.getString("IS_AUTOINCREMENT") + " " + rs.getString("COLUMN_DEF") + " " + rs.getInt("ORDINAL_POSITION"));
        }
        assertThat(rows).containsExactly(
            "id " + Types.INTEGER + " int identity 10 0 NO YES null 1",
            "name " + Types.NVARCHAR + " nvarchar 50 0 NO NO null 2",
            "balance " + Types.DECIMAL + " decimal 12 2 YES NO ((0)) 3",
            "joined " + Types.TIMESTAMP + " datetime2 27 7 YES NO null 4",
            // A (max) type's size is 0 in sp_columns; mssql-jdbc reports it as Integer.MAX_VALUE.
            "notes " + Types.VARCHAR + " varchar " + Integer.MAX_VALUE + " 0 YES NO null 5");
      }
      assertThat(names(md.getColumns(null, "dbo", "md_names", null), "COLUMN_NAME")).containsExactly("name");
      try (ResultSet rs = md.getColumns("master", null, "md_order", "amo%")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("TABLE_NAME")).isEqualTo("md_order");
        assertThat(rs.getInt("DATA_TYPE")).isEqualTo(Types.DECIMAL);
        assertThat(rs.getString("TYPE_NAME")).isEqualTo("money");
        assertThat(rs.getInt("COLUMN_SIZE")).isEqualTo(19);
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void getPrimaryKeysGivesTheKeyInOrder() throws SQLException {
    try (Connection c = SERVER.connect(); ResultSet rs = c.getMetaData().getPrimaryKeys(null, "dbo", "md_order")) {
      List<String> keys = new ArrayList<>();
      while (rs.next()) {
        keys.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("KEY_SEQ") + " " + rs.getString("PK_NAME"));
      }
      assertThat(keys).containsExactly("customer_id 1 pk_md_order", "line 2 pk_md_order");
    }
  }

  @Test
  void importedAndExportedKeysFollowTheForeignKey() throws SQLException {
    try (Connection c = SERVER.connect()) {
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getImportedKeys(null, "dbo", "md_order")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("PKTABLE_NAME")).isEqualTo("md_customer");
        assertThat(rs.getString("PKCOLUMN_NAME")).isEqualTo("id");
        assertThat(rs.getString("FKCOLUMN_NAME")).isEqualTo("customer_id");
        assertThat(rs.getString("FK_NAME")).isEqualTo("fk_md_order_customer");
        assertThat(rs.getString("PK_NAME")).isEqualTo("pk_md_customer");
        assertThat(rs.getInt("DELETE_RULE")).isEqualTo(DatabaseMetaData.importedKeyNoAction);
        assertThat(rs.next()).isFalse();
      }
      assertThat(names(md.getExportedKeys(null, "dbo", "md_customer"), "FKTABLE_NAME")).containsExactly("md_order");
    }
  }

  @Test
  void getProceduresAndTheirColumns() throws SQLException {
    try (Connection c = SERVER.connect()) {
      DatabaseMetaData md = c.getMetaData();
      assertThat(names(md.getProcedures(null, "dbo", "md%"), "PROCEDURE_NAME")).containsExactly("md_find;1");
      try (ResultSet rs = md.getProcedureColumns(null, "dbo", "md_find", null)) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getString("COLUMN_NAME") + " " + rs.getInt("COLUMN_TYPE") + " " + rs.getInt("DATA_TYPE") + " "
              + rs.getString("TYPE_NAME") + " " + rs.getInt("PRECISION"));
        }
        assertThat(rows).containsExactly(
            "@RETURN_VALUE " + DatabaseMetaData.procedureColumnReturn + " " + Types.INTEGER + " int 10",
            "@id " + DatabaseMetaData.procedureColumnIn + " " + Types.INTEGER + " int 10",
            "@name " + DatabaseMetaData.procedureColumnInOut + " " + Types.NVARCHAR + " nvarchar 50");
      }
    }
  }

  @Test
  void getIndexInfoListsTheTableThenEachIndexKey() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE INDEX ix_md_order_amount ON md_order (amount DESC)");
      try (ResultSet rs = c.getMetaData().getIndexInfo(null, "dbo", "md_order", false, false)) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getShort("TYPE") + " " + rs.getString("INDEX_NAME") + " " + rs.getBoolean("NON_UNIQUE") + " "
              + rs.getShort("ORDINAL_POSITION") + " " + rs.getString("COLUMN_NAME") + " " + rs.getString("ASC_OR_DESC"));
        }
        assertThat(rows).containsExactly(
            DatabaseMetaData.tableIndexStatistic + " null false 0 null null",
            DatabaseMetaData.tableIndexClustered + " pk_md_order false 1 customer_id A",
            DatabaseMetaData.tableIndexClustered + " pk_md_order false 2 line A",
            DatabaseMetaData.tableIndexOther + " ix_md_order_amount true 1 amount D");
      }
    }
  }

  @Test
  void spHelpReturnsItsResultSetsInOrder() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      assertThat(s.execute("EXEC sp_help 'md_order'")).isTrue();
      List<String> firstColumns = new ArrayList<>();
      do {
        try (ResultSet rs = s.getResultSet()) {
          firstColumns.add(rs.getMetaData().getColumnName(1));
        }
      } while (s.getMoreResults() || s.getUpdateCount() != -1);
      assertThat(firstColumns).containsExactly("Name", "Column_name", "Identity", "RowGuidCol",
          "Data_located_on_filegroup", "index_name", "constraint_type");
    }
  }

  private static List<String> names(ResultSet rs, String column) throws SQLException {
    try (rs) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(column));
      }
      return out;
    }
  }
}
