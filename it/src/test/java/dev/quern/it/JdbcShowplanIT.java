package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What SSMS's "Display Estimated Execution Plan" does, through mssql-jdbc: SET SHOWPLAN_XML ON as
 * a batch of its own, the user's batch (shown, never run), SET SHOWPLAN_XML OFF; what its
 * "Include Actual Execution Plan" does (SET STATISTICS XML ON: the plan after the statement's
 * results); and the STATISTICS IO/TIME messages as warnings.
 */
class JdbcShowplanIT {
  private static final String NS = "http://schemas.microsoft.com/sqlserver/2004/07/showplan";

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static List<String> physicalOps(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    NodeList ops = d.getElementsByTagNameNS(NS, "RelOp");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ops.getLength(); i++) {
      out.add(((Element) ops.item(i)).getAttribute("PhysicalOp"));
    }
    return out;
  }

  private static String showplan(Statement s, String batch) throws SQLException {
    try (ResultSet rs = s.executeQuery(batch)) {
      assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("Microsoft SQL Server 2005 XML Showplan");
      assertThat(rs.next()).isTrue();
      String xml = rs.getString(1);
      assertThat(rs.next()).isFalse();
      return xml;
    }
  }

  @Test
  void estimatedPlanShowsSeekOrScanAndRunsNothing() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jsp_t (id int PRIMARY KEY, v int) INSERT jsp_t VALUES (1, 10), (2, 20)");
      s.execute("SET SHOWPLAN_XML ON");
      assertThat(physicalOps(showplan(s, "SELECT v FROM jsp_t WHERE id = 1"))).contains("Clustered Index Seek");
      assertThat(physicalOps(showplan(s, "SELECT v FROM jsp_t WHERE v > 1"))).contains("Clustered Index Scan");
      assertThat(physicalOps(showplan(s, "DELETE FROM jsp_t"))).contains("Clustered Index Delete");
      s.execute("SET SHOWPLAN_XML OFF");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jsp_t")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  @Test
  void setShowplanMustBeAloneInItsBatch() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("SET SHOWPLAN_XML ON SELECT 1"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(1067);
            assertThat(e.getMessage()).isEqualTo("The SET SHOWPLAN statements must be the only statements in the batch.");
          });
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  @Test
  void statisticsIoAndTimeArriveAsWarnings() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jsp_io (id int PRIMARY KEY) INSERT jsp_io VALUES (1), (2)");
      s.execute("SET STATISTICS IO, TIME ON");
      List<String> texts = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT id FROM jsp_io")) {
        while (rs.next()) {
          // the messages follow the rows
        }
        warnings(rs.getWarnings(), texts, numbers);
      }
      s.getMoreResults();
      warnings(s.getWarnings(), texts, numbers);
      assertThat(numbers).contains(3613, 3615, 3612);
      assertThat(texts).anyMatch(t -> t.startsWith("Table 'jsp_io'. Scan count 1, logical reads 2, physical reads 0"));
      s.execute("SET STATISTICS IO, TIME OFF");
    }
  }

  @Test
  void actualPlanOfAnUpdateFollowsItsUpdateCount() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jsp_up (id int PRIMARY KEY, v int) INSERT jsp_up VALUES (1, 1), (2, 2), (3, 3)");
      s.execute("SET STATISTICS XML ON");
      assertThat(s.execute("UPDATE jsp_up SET v = 0 WHERE v > 1")).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(2);
      assertThat(s.getMoreResults()).isTrue(); // the actual plan, a result set of its own
      String xml;
      try (ResultSet rs = s.getResultSet()) {
        assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("Microsoft SQL Server 2005 XML Showplan");
        assertThat(rs.next()).isTrue();
        xml = rs.getString(1);
        assertThat(rs.next()).isFalse();
      }
      s.execute("SET STATISTICS XML OFF");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      Element stmt = (Element) d.getElementsByTagNameNS(NS, "StmtSimple").item(0);
      assertThat(stmt.getAttribute("StatementType")).isEqualTo("UPDATE");
      assertThat(physicalOps(xml)).containsExactly("Clustered Index Update", "Filter", "Clustered Index Scan");
      NodeList counters = d.getElementsByTagNameNS(NS, "RunTimeCountersPerThread");
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < counters.getLength(); i++) {
        rows.add(((Element) counters.item(i)).getAttribute("ActualRows"));
      }
      assertThat(rows).containsExactly("2", "2", "3"); // updated, kept by the WHERE, read
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM jsp_up WHERE v = 0")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
    }
  }

  private static void warnings(SQLWarning first, List<String> texts, List<Integer> numbers) {
    for (SQLWarning w = first; w != null; w = w.getNextWarning()) {
      texts.add(w.getMessage());
      numbers.add(w.getErrorCode());
    }
  }
}
