package dev.quern.engine.showplan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** SET SHOWPLAN_XML's document, read with an XML parser as SSMS reads it. */
class ShowplanXmlTest {
  private static final String NS = ShowplanXml.NAMESPACE;

  private static CollectingSink run(EngineSession session, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeBatch(sql, sink);
    return sink;
  }

  private static Document plan(EngineSession session, String sql) throws Exception {
    CollectingSink sink = run(session, sql);
    List<Object[]> rows = sink.rows();
    assertThat(rows).hasSize(1);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader((String) rows.get(0)[0])));
  }

  private static List<String> physicalOps(Document d) {
    NodeList ops = d.getElementsByTagNameNS(NS, "RelOp");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ops.getLength(); i++) {
      out.add(((Element) ops.item(i)).getAttribute("PhysicalOp"));
    }
    return out;
  }

  @Test
  void showsSeeksScansAndDmlWithoutRunningThem() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session = engine.openSession(new SessionInfo(51, "sa", "", "", "t", "t", 1, 0x74000004, 4096))) {
      run(session, "CREATE TABLE t (id int PRIMARY KEY, name varchar(20), v int)");
      run(session, "CREATE INDEX ix_name ON t (name)");
      run(session, "INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 2)");
      run(session, "SET SHOWPLAN_XML ON");

      Document seek = plan(session, "SELECT v FROM t WHERE id = 1");
      assertThat(seek.getDocumentElement().getLocalName()).isEqualTo("ShowPlanXML");
      assertThat(physicalOps(seek)).contains("Clustered Index Seek");
      Element stmt = (Element) seek.getElementsByTagNameNS(NS, "StmtSimple").item(0);
      assertThat(stmt.getAttribute("StatementText")).isEqualTo("SELECT v FROM t WHERE id = 1");
      assertThat(stmt.getAttribute("StatementType")).isEqualTo("SELECT");
      Element object = (Element) seek.getElementsByTagNameNS(NS, "Object").item(0);
      assertThat(object.getAttribute("Table")).isEqualTo("[t]");

      assertThat(physicalOps(plan(session, "SELECT * FROM t WHERE v = 1"))).contains("Filter", "Clustered Index Scan");
      assertThat(physicalOps(plan(session, "SELECT v FROM t WHERE name = 'a'")))
          .contains("Nested Loops", "Index Seek", "Key Lookup");

      Document union = plan(session, "SELECT id FROM t UNION ALL SELECT v FROM t");
      assertThat(physicalOps(union)).startsWith("Concatenation");
      assertThat(union.getElementsByTagNameNS(NS, "Concat").getLength()).isEqualTo(1); // the xsd's element name

      Document delete = plan(session, "DELETE FROM t");
      assertThat(physicalOps(delete)).startsWith("Clustered Index Delete");
      Document two = plan(session, "SELECT 1 AS x\nUPDATE t SET v = 3");
      assertThat(two.getElementsByTagNameNS(NS, "StmtSimple").getLength()).isEqualTo(2);

      run(session, "SET SHOWPLAN_XML OFF");
      assertThat(run(session, "SELECT COUNT(*) FROM t WHERE v <> 3").rows().get(0)[0]).isEqualTo(2);
    }
  }

  @Test
  void statisticsXmlRunsTheStatementThenShowsActualRows() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session = engine.openSession(new SessionInfo(51, "sa", "", "", "t", "t", 1, 0x74000004, 4096))) {
      run(session, "CREATE TABLE a (id int PRIMARY KEY, v int)");
      run(session, "INSERT INTO a VALUES (1, 1), (2, 2), (3, 3)");
      run(session, "SET STATISTICS XML ON");
      CollectingSink sink = run(session, "SELECT v FROM a WHERE v > 1");
      List<Object[]> rows = sink.rows();
      assertThat(rows).hasSize(3); // two rows of the query, then the plan's row
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader((String) rows.get(2)[0])));
      NodeList counters = d.getElementsByTagNameNS(NS, "RunTimeCountersPerThread");
      assertThat(counters.getLength()).isEqualTo(2);
      assertThat(((Element) counters.item(0)).getAttribute("ActualRows")).isEqualTo("2"); // the Filter
      assertThat(((Element) counters.item(1)).getAttribute("ActualRows")).isEqualTo("3"); // the scan
      assertThat(((Element) counters.item(1)).getAttribute("ActualExecutions")).isEqualTo("1");
      run(session, "SET STATISTICS XML OFF");
      assertThat(run(session, "SELECT v FROM a").rows()).hasSize(3);
    }
  }

  @Test
  void anIfIsAStmtCondHoldingItsConditionsPlanAndItsBranches() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session = engine.openSession(new SessionInfo(51, "sa", "", "", "t", "t", 1, 0x74000004, 4096))) {
      run(session, "CREATE TABLE c (id int PRIMARY KEY, v int)");
      run(session, "SET SHOWPLAN_XML ON");
      Document d = plan(session, "IF EXISTS (SELECT 1 FROM c) SELECT v FROM c ELSE BEGIN PRINT 'x' DELETE FROM c END");
      Element cond = (Element) d.getElementsByTagNameNS(NS, "StmtCond").item(0);
      assertThat(cond.getAttribute("StatementType")).isEqualTo("COND WITH QUERY");
      assertThat(cond.getAttribute("StatementText")).isEqualTo("IF EXISTS (SELECT 1 FROM c)");
      Element condition = (Element) cond.getElementsByTagNameNS(NS, "Condition").item(0);
      assertThat(condition.getElementsByTagNameNS(NS, "QueryPlan").getLength()).isEqualTo(1);
      Element then = (Element) cond.getElementsByTagNameNS(NS, "Then").item(0);
      Element otherwise = (Element) cond.getElementsByTagNameNS(NS, "Else").item(0);
      assertThat(then.getElementsByTagNameNS(NS, "StmtSimple").getLength()).isEqualTo(1);
      assertThat(otherwise.getElementsByTagNameNS(NS, "StmtSimple").getLength()).isEqualTo(2); // PRINT, DELETE
      assertThat(physicalOps(d)).startsWith("Compute Scalar", "Nested Loops", "Constant Scan");
      run(session, "SET SHOWPLAN_XML OFF");
    }
  }

  @Test
  void mergesActualPlanIsWellFormedAndCountsWhatItChanged() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session = engine.openSession(new SessionInfo(51, "sa", "", "", "t", "t", 1, 0x74000004, 4096))) {
      run(session, "CREATE TABLE m (id int PRIMARY KEY, v int)");
      run(session, "INSERT INTO m VALUES (1, 1), (2, 2)");
      run(session, "SET STATISTICS XML ON");
      CollectingSink sink = run(session,
          "MERGE m USING (VALUES (2, 20), (3, 30)) AS s (id, v) ON m.id = s.id "
              + "WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v);");
      List<Object[]> rows = sink.rows();
      assertThat(rows).hasSize(1);
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader((String) rows.get(0)[0])));
      assertThat(physicalOps(d).getFirst()).isEqualTo("Clustered Index Merge");
      Element merge = (Element) d.getElementsByTagNameNS(NS, "RunTimeCountersPerThread").item(0);
      assertThat(merge.getAttribute("ActualRows")).isEqualTo("2"); // one updated, one inserted
      run(session, "SET STATISTICS XML OFF");
    }
  }
}
