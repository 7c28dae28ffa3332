package dev.quern.engine.showplan;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.ForcedAccess;
import dev.quern.engine.plan.MissingIndex;
import dev.quern.engine.stats.MissingIndexEstimates;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The showplan operators that read a table: Table Scan, Clustered Index Scan/Seek, Index
 * Scan/Seek, and the Key Lookup (RID Lookup on a heap) joined by Nested Loops to a nonclustered
 * seek that does not cover the query.
 */
final class TableAccess {
  private final OperatorMapper mapper;
  private final PlanContext context;

  TableAccess(OperatorMapper mapper, PlanContext context) {
    this.mapper = mapper;
    this.context = context;
  }

  /** Where a table lives, as showplans name it. */
  record Target(String database, String schema, String table) {
    String text() {
      return "[" + database + "].[" + schema + "].[" + table + "]";
    }

    XmlElement object(Index index) {
      XmlElement o = new XmlElement("Object").attr("Database", "[" + database + "]")
          .attr("Schema", "[" + schema + "]").attr("Table", "[" + table + "]");
      if (index != null && index.kind() != IndexKind.HEAP) {
        o.attr("Index", "[" + index.name() + "]")
            .attr("IndexKind", index.holdsRows() ? "Clustered" : "NonClustered");
      }
      return o.attr("Storage", storage(index));
    }
  }

  /** A showplan's Storage attribute: a columnstore index's rows are ColumnStore (Quern keeps them row by row). */
  static String storage(Index index) {
    return index != null && index.columnstore() ? "ColumnStore" : "RowStore";
  }

  Target target(TableScanNode scan) {
    String name = scan.table().name();
    String q = scan.qualifiedName();
    String schema = q.endsWith("." + name) ? q.substring(0, q.length() - name.length() - 1) : "dbo";
    int dot = q.indexOf('.');
    if (!q.endsWith("." + name) && dot > 0) {
      schema = q.substring(0, dot);
      name = q.substring(dot + 1);
    }
    return new Target(context.databaseName(scan.databaseId()), schema, name);
  }

  long rows(TableScanNode scan) {
    return context.tableRows(scan.databaseId(), scan.table());
  }

  List<ColumnReference> output(TableScanNode scan, Target t) {
    List<ColumnReference> out = new ArrayList<>();
    List<ResultColumn> cols = scan.columns();
    for (int i = 0; i < cols.size(); i++) {
      if (scan.read() == null || scan.read().get(i)) {
        out.add(new ColumnReference(t.database(), t.schema(), t.table(), cols.get(i).name()));
      }
    }
    return out;
  }

  PlanOperator scan(int id, TableScanNode scan) {
    Target t = target(scan);
    Index rowIndex = scan.table().rowIndex();
    boolean heap = rowIndex.kind() == IndexKind.HEAP;
    double n = rows(scan);
    int size = Estimates.avgRowSize(scan.columns());
    List<ColumnReference> out = output(scan, t);
    XmlElement e = new XmlElement(heap ? "TableScan" : "IndexScan").attr("Ordered", "0");
    ForcedAccess forced = scan.access();
    if (!heap) {
      e.attr("ForcedIndex", flag(forced != null && (forced.forcesIndex() || forced.rowScan())))
          .attr("ForceSeek", flag(forced != null && forced.forceSeek()));
    }
    e.attr("ForceScan", flag(forced != null && forced.forceScan())).attr("NoExpandHint", "0")
        .attr("Storage", storage(rowIndex));
    e.add(definedValues(out)).add(t.object(rowIndex));
    String op = heap ? "Table Scan" : "Clustered Index Scan";
    // A clustered columnstore's scan: SQL Server's physical operator is the Columnstore Index Scan.
    String physical = rowIndex.columnstore() ? "Columnstore Index Scan" : op;
    String arg = "OBJECT:(" + t.text() + (heap ? "" : ".[" + rowIndex.name() + "]") + ")";
    return lacking(scan, t, mapper.leaf(id, physical, op, Estimates.rows(n), Estimates.readIo(n, size), Estimates.readCpu(n), 1,
        scan.columns(), out, arg, e));
  }

  /** A seek (or ordered scan) of an index; a nonclustered one that does not cover adds a lookup. */
  PlanOperator seek(int id, IndexSeekNode s) {
    boolean clustered = s.index().holdsRows();
    if (clustered || s.covering()) {
      return seekOnly(id, s, s.table().columns());
    }
    Table table = s.table().table();
    int seekId = mapper.nextId();
    List<ResultColumn> keyColumns = keyColumns(s);
    PlanOperator seek = seekOnly(seekId, s, keyColumns);
    PlanOperator lookup = lookup(mapper.nextId(), s.table(), table.rowIndex(), seek.estimateRows());
    return mapper.nestedLoops(id, "Inner Join", seek, lookup, s.table().columns(), null,
        seek.estimateRows(), "");
  }

  private List<ResultColumn> keyColumns(IndexSeekNode s) {
    List<ResultColumn> out = new ArrayList<>();
    Table table = s.table().table();
    for (var k : s.index().keys()) {
      out.add(s.table().columns().get(table.columns().indexOf(table.columnById(k.columnId()))));
    }
    return out;
  }

  private PlanOperator seekOnly(int id, IndexSeekNode s, List<ResultColumn> columns) {
    Target t = target(s.table());
    boolean clustered = s.index().holdsRows();
    boolean scan = s.keys().isEmpty() && !s.ranged();
    double n = rows(s.table());
    double rows = scan ? n : seekRows(s, n);
    int size = Estimates.avgRowSize(columns);
    List<ColumnReference> out = new ArrayList<>();
    columns.forEach(c -> out.add(new ColumnReference(t.database(), t.schema(), t.table(), c.name())));
    String direction = s.reverse() ? "BACKWARD" : "FORWARD";
    ForcedAccess forced = s.table().access();
    // A columnstore is read unordered, whole: SQL Server's Columnstore Index Scan.
    boolean columnstore = s.index().columnstore();
    XmlElement e = new XmlElement("IndexScan").attr("Ordered", columnstore ? "0" : "1");
    if (!columnstore) {
      e.attr("ScanDirection", direction);
    }
    e.attr("ForcedIndex", flag(forced != null && (forced.forcesIndex() || forced.rowScan())))
        .attr("ForceSeek", flag(forced != null && forced.forceSeek()))
        .attr("ForceScan", flag(forced != null && forced.forceScan())).attr("NoExpandHint", "0")
        .attr("Storage", storage(s.index()));
    e.add(definedValues(out)).add(t.object(s.index()));
    String arg = "OBJECT:(" + t.text() + ".[" + s.index().name() + "])";
    if (!scan) {
      e.add(seekPredicates(s, t));
      arg += ", SEEK:(" + seekText(s, t) + ")";
    }
    if (!columnstore) {
      arg += " ORDERED " + direction;
    }
    String op = (clustered ? "Clustered Index " : "Index ") + (scan ? "Scan" : "Seek");
    String physical = columnstore ? "Columnstore Index Scan" : op;
    return lacking(s.table(), t, mapper.leaf(id, physical, op, Estimates.rows(rows), Estimates.readIo(rows, size),
        Estimates.readCpu(rows), 1, columns, out, arg, e));
  }

  /**
   * {@code op} with the MissingIndexGroup of the index its read lacked (showplanxml.xsd: Impact, then
   * the table and its EQUALITY, INEQUALITY and INCLUDE column groups), when the optimizer found one.
   */
  private PlanOperator lacking(TableScanNode scan, Target t, PlanOperator op) {
    MissingIndex m = scan.missing();
    if (m == null) {
      return op;
    }
    double impact = MissingIndexEstimates.impact(
        rows(scan), m.seekKeys(), m.ranged(), m.equality().size(), m.inequality().size());
    XmlElement group = new XmlElement("MissingIndexGroup").attr("Impact", ShowplanXml.number(impact));
    XmlElement index = group.child("MissingIndex").attr("Database", "[" + t.database() + "]")
        .attr("Schema", "[" + t.schema() + "]").attr("Table", "[" + t.table() + "]");
    columnGroup(index, "EQUALITY", scan.table(), m.equality());
    columnGroup(index, "INEQUALITY", scan.table(), m.inequality());
    columnGroup(index, "INCLUDE", scan.table(), m.included());
    return op.lacking(group);
  }

  private static void columnGroup(XmlElement index, String usage, Table table, List<Integer> ids) {
    if (ids.isEmpty()) {
      return;
    }
    XmlElement g = index.child("ColumnGroup").attr("Usage", usage);
    for (int id : ids) {
      g.child("Column").attr("Name", "[" + table.columnById(id).name() + "]").attr("ColumnId", id);
    }
  }

  private static double seekRows(IndexSeekNode s, double tableRows) {
    boolean allKeys = s.keys().size() == s.index().keys().size();
    if (allKeys && s.index().unique()) {
      return 1;
    }
    if (s.ranged()) {
      return tableRows * Estimates.FILTER_SELECTIVITY;
    }
    return Math.pow(tableRows, 0.75);
  }

  /** The Key Lookup (RID Lookup on a heap) fetching each row a nonclustered seek found. */
  PlanOperator lookup(int id, TableScanNode scan, Index rowIndex, double executions) {
    Target t = target(scan);
    boolean heap = rowIndex.kind() == IndexKind.HEAP;
    List<ColumnReference> out = output(scan, t);
    int size = Estimates.avgRowSize(scan.columns());
    String op = heap ? "RID Lookup" : "Key Lookup";
    XmlElement e = new XmlElement("IndexScan").attr("Lookup", "1").attr("Ordered", "1").attr("ScanDirection", "FORWARD")
        .attr("ForcedIndex", "0").attr("ForceSeek", "0").attr("ForceScan", "0").attr("NoExpandHint", "0")
        .attr("Storage", "RowStore");
    e.add(definedValues(out)).add(t.object(rowIndex));
    String arg = "OBJECT:(" + t.text() + (heap ? "" : ".[" + rowIndex.name() + "]") + "), SEEK:("
        + (heap ? "[Bmk1000]" : "[PK1000]") + ") LOOKUP ORDERED FORWARD";
    return mapper.leaf(id, op, op, 1, Estimates.FIRST_PAGE_IO, Estimates.FIRST_ROW_CPU, Math.max(1, executions),
        scan.columns(), out, arg, e);
  }

  /** A showplan boolean attribute: the hint was given. */
  private static String flag(boolean on) {
    return on ? "1" : "0";
  }

  static XmlElement definedValues(List<ColumnReference> out) {
    XmlElement d = new XmlElement("DefinedValues");
    out.forEach(c -> d.child("DefinedValue").add(c.xml()));
    return d;
  }

  private XmlElement seekPredicates(IndexSeekNode s, Target t) {
    XmlElement predicates = new XmlElement("SeekPredicates");
    XmlElement keys = predicates.child("SeekPredicateNew").child("SeekKeys");
    Table table = s.table().table();
    if (!s.keys().isEmpty()) {
      XmlElement prefix = keys.child("Prefix").attr("ScanType", "EQ");
      XmlElement cols = prefix.child("RangeColumns");
      XmlElement exprs = prefix.child("RangeExpressions");
      for (int i = 0; i < s.keys().size(); i++) {
        cols.add(keyColumn(table, s, i, t).xml());
        exprs.add(Scalars.operator(s.keys().get(i)));
      }
    }
    int next = s.keys().size();
    if (s.low() != null) {
      range(keys.child("StartRange").attr("ScanType", s.low().inclusive() ? "GE" : "GT"), keyColumn(table, s, next, t),
          s.low().value());
    }
    if (s.high() != null) {
      range(keys.child("EndRange").attr("ScanType", s.high().inclusive() ? "LE" : "LT"), keyColumn(table, s, next, t),
          s.high().value());
    }
    return predicates;
  }

  private static void range(XmlElement e, ColumnReference column, BoundExpr value) {
    e.child("RangeColumns").add(column.xml());
    e.child("RangeExpressions").add(Scalars.operator(value));
  }

  private static ColumnReference keyColumn(Table table, IndexSeekNode s, int i, Target t) {
    String name = table.columnById(s.index().keys().get(i).columnId()).name();
    return new ColumnReference(t.database(), t.schema(), t.table(), name);
  }

  private String seekText(IndexSeekNode s, Target t) {
    Table table = s.table().table();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.keys().size(); i++) {
      parts.add(keyColumn(table, s, i, t).text() + "=" + s.keys().get(i).toSql());
    }
    int next = s.keys().size();
    if (s.low() != null) {
      parts.add(keyColumn(table, s, next, t).text() + (s.low().inclusive() ? " >= " : " > ") + s.low().value().toSql());
    }
    if (s.high() != null) {
      parts.add(keyColumn(table, s, next, t).text() + (s.high().inclusive() ? " <= " : " < ") + s.high().value().toSql());
    }
    return String.join(" AND ", parts);
  }
}
