package dev.quern.engine.showplan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.ApplyNode;
import dev.quern.engine.plan.ConstantScanNode;
import dev.quern.engine.plan.DistinctNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.ForJsonNode;
import dev.quern.engine.plan.ForXmlNode;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.RecursiveCteNode;
import dev.quern.engine.plan.RowListNode;
import dev.quern.engine.plan.SetOperationNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.TopNode;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.plan.WindowNode;
import dev.quern.engine.plan.WorkTableScanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a Quern plan tree into showplan operators (see the package notes for the mapping),
 * numbering them in preorder from 0 as ShowPlanXML's NodeId does. One mapper per statement.
 */
public final class OperatorMapper {
  private final TableAccess tables;
  private final ReshapeOperators reshape = new ReshapeOperators(this);
  /** What the operators did, for an actual plan; null for an estimated one. */
  private final ActualCounts actuals;
  private int next;
  /** Nodes shown as another (a MERGE's lists of rows as the reads that filled them). */
  private final java.util.Map<PlanNode, PlanNode> shownAs = new java.util.IdentityHashMap<>();

  public OperatorMapper(PlanContext context) {
    this(context, null);
  }

  public OperatorMapper(PlanContext context, ActualCounts actuals) {
    this.tables = new TableAccess(this, context);
    this.actuals = actuals;
  }

  int nextId() {
    return next++;
  }

  /** The operator tree of {@code root}. */
  public PlanOperator map(PlanNode root) {
    return map(root, nextId());
  }

  TableAccess tables() {
    return tables;
  }

  PlanOperator map(PlanNode node, int id) {
    PlanNode shown = shownAs.get(node);
    if (shown != null) {
      return map(shown, id);
    }
    PlanOperator op = operator(node, id);
    return actuals == null ? op : actuals.attach(node, op);
  }

  /** Shows {@code node} as {@code shown} wherever it appears in the tree mapped next. */
  void showAs(PlanNode node, PlanNode shown) {
    shownAs.put(node, shown);
  }

  /** Whether this mapper builds an actual plan. */
  boolean actual() {
    return actuals != null;
  }

  /** The actual counts of {@code node}, built only to be shown (an actual plan's; else nothing). */
  void actual(PlanNode node, long rows, long executions) {
    if (actuals != null) {
      actuals.set(node, rows, executions);
    }
  }

  private PlanOperator operator(PlanNode node, int id) {
    return switch (node) {
      case TableScanNode t -> tables.scan(id, t);
      case IndexSeekNode s -> tables.seek(id, s);
      case dev.quern.engine.plan.SeekListNode s -> tables.seek(id, s.seek()); // one seek operator, several ranges
      case ProjectNode p -> project(id, p);
      case FilterNode f -> filter(id, f);
      case JoinNode j -> join(id, j);
      case HashJoinNode h -> hashMatch(id, h.left(), h.right(), h.keys(), h.on(), joinName(h.type()), h.columns());
      case dev.quern.engine.plan.SemiJoinNode s -> hashMatch(id, s.left(), s.right(), s.keys(), null,
          s.anti() ? "Left Anti Semi Join" : "Left Semi Join", s.columns());
      case dev.quern.engine.plan.IndexSpoolNode s -> {
        PlanOperator in = child(s.scan());
        double rows = Math.max(1, in.estimateRows() / 10);
        yield unary(id, "Index Spool", "Eager Spool", rows, 0, Estimates.perRow(in.estimateRows(), 0.0000010),
            s.columns(), "SEEK:(" + s.describe() + ")", null, in);
      }
      case ApplyNode a -> {
        PlanOperator outer = child(a.left());
        PlanOperator inner = child(a.right());
        yield nestedLoops(id, a.outer() ? "Left Outer Join" : "Inner Join", outer, inner, a.columns(), null,
            outer.estimateRows() * inner.estimateRows(), "");
      }
      case AggregateNode a -> reshape.aggregate(id, a);
      case SortNode s -> reshape.sort(id, s);
      case DistinctNode d -> {
        PlanOperator in = child(d.input());
        double rows = in.estimateRows();
        yield unary(id, "Hash Match", "Flow Distinct", rows, 0, Estimates.perRow(rows, 0.0000060), d.columns(),
            "", new XmlElement("Hash"), in);
      }
      case TopNode t -> reshape.top(id, t.input(), t.count(), t.percent(), null);
      case OffsetFetchNode o -> reshape.top(id, o.input(), o.fetch(), false, o.offset());
      case SetOperationNode s -> reshape.setOperation(id, s);
      case ConstantScanNode c -> constantScan(id, 1, c.columns());
      case ValuesNode v -> constantScan(id, v.rows().size(), v.columns());
      case RowListNode l -> constantScan(id, l.rows().size(), l.columns());
      case WindowNode w -> {
        PlanOperator in = child(w.input());
        yield unary(id, "Sequence Project", "Compute Scalar", in.estimateRows(), 0,
            Estimates.perRow(in.estimateRows(), 0.0000001), w.columns(), "", new XmlElement("SequenceProject")
                .add(new XmlElement("DefinedValues")), in);
      }
      case RecursiveCteNode r -> {
        PlanOperator anchor = child(r.anchor());
        PlanOperator recursive = child(r.recursive());
        yield concatenation(id, List.of(anchor, recursive), r.columns(),
            anchor.estimateRows() + recursive.estimateRows());
      }
      case WorkTableScanNode w -> leaf(id, "Table Spool", "Lazy Spool", 1, 0, Estimates.FIRST_ROW_CPU, 1,
          w.columns(), computed(w.columns()), "", new XmlElement("Spool"));
      case ForXmlNode x -> udx(id, "FOR XML", x.input(), x.columns());
      case ForJsonNode j -> udx(id, "FOR JSON", j.input(), j.columns());
      default -> tableValuedFunction(id, node);
    };
  }

  PlanOperator child(PlanNode node) {
    return map(node, nextId());
  }

  PlanOperator leaf(
      int id, String physical, String logical, double rows, double io, double cpu, double executions,
      List<ResultColumn> columns, List<ColumnReference> output, String argument, XmlElement element) {
    double cost = (io + cpu) * executions;
    return new PlanOperator(id, physical, logical, rows, io, cpu, executions, Estimates.avgRowSize(columns), cost,
        output, argument, null, element, -1, List.of());
  }

  private PlanOperator unary(
      int id, String physical, String logical, double rows, double io, double cpu, List<ResultColumn> columns,
      String argument, XmlElement element, PlanOperator input) {
    return inner(id, physical, logical, rows, io, cpu, columns, argument, null, element, -1, List.of(input));
  }

  PlanOperator inner(
      int id, String physical, String logical, double rows, double io, double cpu, List<ResultColumn> columns,
      String argument, String defined, XmlElement element, int slot, List<PlanOperator> inputs) {
    double cost = io + cpu;
    for (PlanOperator in : inputs) {
      cost += in.subtreeCost();
    }
    return new PlanOperator(id, physical, logical, Estimates.rows(rows), io, cpu, 1, Estimates.avgRowSize(columns),
        cost, computed(columns), argument, defined, element, slot, inputs);
  }

  static List<ColumnReference> computed(List<ResultColumn> columns) {
    List<ColumnReference> out = new ArrayList<>();
    int expr = 1001;
    for (ResultColumn c : columns) {
      out.add(ColumnReference.computed(unnamed(c.name()) ? "Expr" + expr++ : c.name()));
    }
    return out;
  }

  /** A column without a name to show: none, or one nobody can name (MERGE's hidden "\0" columns). */
  private static boolean unnamed(String name) {
    return name == null || name.isBlank() || name.indexOf('\0') >= 0;
  }

  PlanOperator nestedLoops(
      int id, String logical, PlanOperator outer, PlanOperator inner, List<ResultColumn> columns, BoundExpr on,
      double rows, String argument) {
    XmlElement e = new XmlElement("NestedLoops").attr("Optimized", "0");
    String arg = argument;
    if (on != null) {
      e.add(Scalars.wrapped("Predicate", on));
      arg = "WHERE:(" + on.toSql() + ")";
    }
    double cpu = Estimates.perRow(rows, 0.00000418);
    return inner(id, "Nested Loops", logical, rows, 0, cpu, columns, arg, null, e, -1, List.of(outer, inner));
  }

  private PlanOperator join(int id, JoinNode j) {
    PlanOperator left = child(j.left());
    PlanOperator right = child(j.right());
    double rows = j.on() == null
        ? left.estimateRows() * right.estimateRows()
        : Math.max(left.estimateRows(), right.estimateRows());
    return nestedLoops(id, joinName(j.type()), left, right, j.columns(), j.on(), rows, "");
  }

  private static String joinName(JoinType type) {
    return switch (type) {
      case INNER, CROSS -> "Inner Join";
      case LEFT -> "Left Outer Join";
      case RIGHT -> "Right Outer Join";
      case FULL -> "Full Outer Join";
    };
  }

  private PlanOperator hashMatch(int id, PlanNode left, PlanNode right, List<HashJoinNode.Key> keys,
      dev.quern.engine.expr.BoundExpr on, String logical, List<ResultColumn> columns) {
    PlanOperator build = child(left);
    PlanOperator probe = child(right);
    double rows = Math.max(build.estimateRows(), probe.estimateRows());
    XmlElement e = new XmlElement("Hash");
    XmlElement buildKeys = e.child("HashKeysBuild");
    XmlElement probeKeys = e.child("HashKeysProbe");
    List<String> pairs = new ArrayList<>();
    for (HashJoinNode.Key k : keys) {
      String l = left.columns().get(k.left()).name();
      String r = right.columns().get(k.right()).name();
      buildKeys.add(ColumnReference.computed(l).xml());
      probeKeys.add(ColumnReference.computed(r).xml());
      pairs.add("[" + l + "])=([" + r + "]");
    }
    String arg = "HASH:(" + String.join(", ", pairs) + ")";
    if (on != null) {
      e.add(Scalars.wrapped("ProbeResidual", on));
      arg += ", RESIDUAL:(" + on.toSql() + ")";
    }
    double cpu = 0.0177 + Estimates.perRow(build.estimateRows() + probe.estimateRows(), 0.0000058);
    return inner(id, "Hash Match", logical, rows, 0, cpu, columns, arg, null, e, -1, List.of(build, probe));
  }

  private PlanOperator project(int id, ProjectNode p) {
    boolean plain = p.exprs().stream().allMatch(ColumnExpr.class::isInstance);
    if (plain) {
      // A projection of columns is no operator in SQL Server: its input takes its id.
      return map(p.input(), id);
    }
    PlanOperator in = child(p.input());
    XmlElement defined = new XmlElement("DefinedValues");
    List<String> defines = new ArrayList<>();
    List<ColumnReference> names = computed(p.columns());
    for (int i = 0; i < p.exprs().size(); i++) {
      BoundExpr e = p.exprs().get(i);
      if (!(e instanceof ColumnExpr)) {
        defined.child("DefinedValue").add(names.get(i).xml()).add(Scalars.operator(e));
        defines.add(names.get(i).text() + "=" + e.toSql());
      }
    }
    String list = String.join(", ", defines);
    XmlElement element = new XmlElement("ComputeScalar").add(defined);
    return inner(id, "Compute Scalar", "Compute Scalar", in.estimateRows(), 0,
        Estimates.perRow(in.estimateRows(), 0.0000001), p.columns(), "DEFINE:(" + list + ")", list, element, -1,
        List.of(in));
  }

  private PlanOperator filter(int id, FilterNode f) {
    PlanOperator in = child(f.input());
    XmlElement e = new XmlElement("Filter").attr("StartupExpression", "0");
    e.add(Scalars.wrapped("Predicate", f.predicate()));
    double rows = in.estimateRows() * Estimates.FILTER_SELECTIVITY;
    // The Predicate follows the input RelOp in a Filter element.
    return inner(id, "Filter", "Filter", rows, 0, Estimates.perRow(in.estimateRows(), 0.00000048), f.columns(),
        "WHERE:(" + f.predicate().toSql() + ")", null, e, 0, List.of(in));
  }

  /** A Concatenation of {@code inputs}; its showplan element is named Concat (showplanxml.xsd). */
  PlanOperator concatenation(int id, List<PlanOperator> inputs, List<ResultColumn> columns, double rows) {
    XmlElement element = new XmlElement("Concat").add(new XmlElement("DefinedValues"));
    return inner(id, "Concatenation", "Concatenation", rows, 0, Estimates.perRow(rows, 0.0000001), columns, "", null,
        element, -1, inputs);
  }

  private PlanOperator constantScan(int id, int rows, List<ResultColumn> columns) {
    return leaf(id, "Constant Scan", "Constant Scan", Math.max(1, rows), 0, Estimates.perRow(rows, 0.0000011), 1,
        columns, computed(columns), "", new XmlElement("ConstantScan"));
  }

  private PlanOperator udx(int id, String name, PlanNode input, List<ResultColumn> columns) {
    PlanOperator in = child(input);
    return unary(id, "UDX", "UDX", 1, 0, Estimates.perRow(in.estimateRows(), 0.0000001), columns, name,
        new XmlElement("Extension").attr("UDXName", name), in);
  }

  /** Table-valued functions, system views and Quern's other row sources: 100 rows guessed. */
  private PlanOperator tableValuedFunction(int id, PlanNode node) {
    String name = node.describe();
    XmlElement element = new XmlElement("TableValuedFunction");
    element.add(new XmlElement("DefinedValues"));
    element.add(new XmlElement("Object").attr("Table", "[" + name + "]"));
    return leaf(id, "Table-valued function", "Table-valued function", 100, 0, Estimates.readCpu(100), 1,
        node.columns(), computed(node.columns()), "OBJECT:(" + name + ")", element);
  }
}
