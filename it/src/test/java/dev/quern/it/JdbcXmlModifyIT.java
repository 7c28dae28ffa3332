package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The xml method modify() and WITH XMLNAMESPACES through mssql-jdbc: a prepared UPDATE whose XML
 * DML reads its parameter with sql:variable(), the changed value read back as a string and as
 * SQLXML, FOR XML under WITH XMLNAMESPACES, and modify()'s errors (5302, 8137) as SQLExceptions.
 */
class JdbcXmlModifyIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void aPreparedUpdateInsertsTheParameterIntoEachRowsXml() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS orders; CREATE TABLE orders (id int PRIMARY KEY, doc xml);"
          + " INSERT orders VALUES (1, N'<o><i sku=\"a\"/></o>'), (2, N'<o/>')");
      try (PreparedStatement ps = c.prepareStatement(
          "DECLARE @sku nvarchar(10) = ?; UPDATE orders SET doc.modify('insert <i sku=\"{sql:variable(\"@sku\")}\"/>"
              + " as last into (/o)[1]') WHERE id <= ?")) {
        ps.setString(1, "b&c");
        ps.setInt(2, 2);
        assertThat(ps.executeUpdate()).isEqualTo(2);
      }
      try (ResultSet rs = st.executeQuery("SELECT doc FROM orders ORDER BY id")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("<o><i sku=\"a\"/><i sku=\"b&amp;c\"/></o>");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getSQLXML(1).getString()).isEqualTo("<o><i sku=\"b&amp;c\"/></o>");
      }
    }
  }

  @Test
  void namespacesServeTheMethodsAndForXml() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "DECLARE @x xml = N'<r xmlns=\"urn:a\"><b>1</b></r>';"
                + " SET @x.modify('declare default element namespace \"urn:a\"; replace value of (/r/b/text())[1] with 2');"
                + " WITH XMLNAMESPACES ('urn:a' AS p) SELECT @x.value('(/p:r/p:b)[1]', 'int') AS b,"
                + " (SELECT 7 AS 'p:n' FOR XML PATH('p:row'), TYPE) AS x")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(2);
      assertThat(rs.getString(2)).isEqualTo("<p:row xmlns:p=\"urn:a\"><p:n>7</p:n></p:row>");
    }
  }

  @Test
  void modifyOnNullAndAsAValueAreSqlServersErrors() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement st = c.createStatement()) {
      assertThatThrownBy(() -> st.execute("DECLARE @x xml; SET @x.modify('delete /r')"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(5302);
            assertThat(e.getMessage()).isEqualTo("Mutator 'modify()' on '@x' cannot be called on a null value.");
          });
      assertThatThrownBy(() -> st.executeQuery("DECLARE @x xml = N'<r/>'; SELECT @x.modify('delete /r')"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(8137));
    }
  }
}
