package dev.quern.engine.exec.op;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.ConstantScanNode;
import dev.quern.engine.plan.DistinctNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.GenerateSeriesNode;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TopNode;
import java.util.function.IntSupplier;

/** Turns a plan tree into a tree of operators for one execution. */
public final class OperatorBuilder {
  private final EvalContext ctx;
  private final Runnable cancelCheck;
  private final Runnable onNullEliminated;
  /** The APPLY left row the arguments of table-valued functions read; null elsewhere. */
  private final Object[] outerRow;
  /** The rows of the previous round of each recursive common table expression being run, by id. */
  private final java.util.Map<Integer, java.util.List<Object[]>> workTables;
  /**
   * The most threads an operator may use ({@link #parallel}); 1 unless the statement allows more.
   * Asked only by an operator that can use threads, when it runs: most statements never need it.
   */
  private IntSupplier degree = () -> 1;

  public OperatorBuilder(EvalContext ctx, Runnable cancelCheck, Runnable onNullEliminated) {
    this(ctx.forExecution(), cancelCheck, onNullEliminated, null, java.util.Map.of());
  }

  private OperatorBuilder(
      EvalContext ctx, Runnable cancelCheck, Runnable onNullEliminated, Object[] outerRow,
      java.util.Map<Integer, java.util.List<Object[]>> workTables) {
    this.ctx = ctx;
    this.cancelCheck = cancelCheck;
    this.onNullEliminated = onNullEliminated;
    this.outerRow = outerRow;
    this.workTables = workTables;
  }

  /**
   * This builder, letting the operators it builds use up to {@code degree} threads (the
   * statement's degree of parallelism): only a whole-table aggregate does ({@link
   * ScanAggregateOperator}). Nested builders (APPLY's right side, subqueries) stay serial.
   */
  public OperatorBuilder parallel(IntSupplier degree) {
    this.degree = degree;
    return this;
  }

  /**
   * A builder for the right side of a lateral APPLY: its expressions read {@code leftRow} as the
   * enclosing row of a correlated subquery (depth 1), and this query's own enclosing rows beyond.
   */
  private OperatorBuilder lateral(Object[] leftRow) {
    EvalContext left = new EvalContext(ctx.variables, ctx.functions);
    left.row = leftRow;
    left.outer = ctx.outer;
    EvalContext inner = new EvalContext(ctx.variables, ctx.functions);
    inner.concatNullYieldsNull = ctx.concatNullYieldsNull;
    inner.arithIgnore = ctx.arithIgnore;
    inner.outer = left;
    inner.onceValues = ctx.onceValues;
    return new OperatorBuilder(inner, cancelCheck, onNullEliminated, null, workTables);
  }

  /** This builder, with the work table {@code id} reading {@code rows}. */
  private OperatorBuilder withWorkTable(int id, java.util.List<Object[]> rows) {
    var tables = new java.util.HashMap<>(workTables);
    tables.put(id, rows);
    return new OperatorBuilder(ctx, cancelCheck, onNullEliminated, outerRow, tables);
  }

  private dev.quern.engine.session.SessionState state() {
    return (dev.quern.engine.session.SessionState) ctx.functions;
  }

  public Operator build(PlanNode node) {
    Operator op = operator(node);
    // Counted only under SET STATISTICS XML/PROFILE: one field read otherwise.
    var actuals = ctx.functions instanceof dev.quern.engine.session.SessionState s ? s.actuals() : null;
    return actuals == null ? op : new CountedOperator(op, actuals.of(node));
  }

  /**
   * An aggregate: straight from a table's stored rows when {@link ScanAggregateOperator} can
   * compute it (not while SET STATISTICS counts each operator's rows), else over its input's rows.
   */
  private Operator aggregate(AggregateNode a) {
    if (ctx.functions instanceof dev.quern.engine.session.SessionState s && s.actuals() == null) {
      ScanAggregateOperator direct = ScanAggregateOperator.of(a, s.store(), degree, cancelCheck, onNullEliminated);
      if (direct != null) {
        return IndexUsages.scan(s, (dev.quern.engine.plan.TableScanNode) a.input(), direct);
      }
    }
    return new AggregateOperator(build(a.input()), a.keys(), a.aggregates(), a.groupingSets(), ctx, cancelCheck, onNullEliminated);
  }

  private Operator operator(PlanNode node) {
    return switch (node) {
      case ConstantScanNode c -> new ConstantScanOperator();
      case dev.quern.engine.plan.SystemViewNode v -> {
        var session = (dev.quern.engine.session.SessionState) ctx.functions;
        yield new ListScanOperator(v.database() == null
            ? v.view().rows(session)
            : session.inDatabase(v.database(), () -> v.view().rows(session)));
      }
      case dev.quern.engine.plan.ApplyNode a ->
          new ApplyOperator(
              build(a.left()),
              row -> (a.lateral() ? lateral(row) : new OperatorBuilder(ctx, cancelCheck, onNullEliminated, row, workTables))
                  .build(a.right()),
              a.outer(), a.right().columns().size());
      case dev.quern.engine.plan.SqlTextNode t -> sqlText(t);
      case dev.quern.engine.plan.QueryPlanNode q -> queryPlan(q);
      case dev.quern.engine.plan.InputBufferNode b -> inputBuffer(b);
      case dev.quern.engine.plan.BulkFileNode f ->
          new ListScanOperator(java.util.List.<Object[]>of(new Object[] {dev.quern.engine.exec.BulkFiles.read(state(), f)}));
      case dev.quern.engine.plan.BulkRowsetNode r -> new ListScanOperator(dev.quern.engine.exec.BulkRowsetReader.rows(state(), r));
      case dev.quern.engine.plan.IndexPhysicalStatsNode p -> indexPhysicalStats(p);
      case dev.quern.engine.plan.SystemFunctionNode f -> systemFunction(f);
      case dev.quern.engine.plan.StatsFunctionNode f -> new ListScanOperator(dev.quern.engine.statistics.StatisticsRows.of(
          state(), f.histogram(), (Integer) eval(f.objectId()), (Integer) eval(f.statsId())));
      case dev.quern.engine.plan.ExtendedPropertyListNode l -> new ListScanOperator(listExtendedProperty(l));
      case dev.quern.engine.plan.FullTextTableNode t -> new ListScanOperator(dev.quern.engine.fulltext.FullTextRows.rows(
          state(), t, eval(t.condition()), t.top() == null ? null : eval(t.top())));
      case dev.quern.engine.plan.ChangeTableNode c -> c.changes()
          ? new IteratorOperator(dev.quern.engine.exec.ChangeTableRows.changes(state(), c, (Long) eval(c.since())))
          : new ListScanOperator(dev.quern.engine.exec.ChangeTableRows.version(
              state(), c, c.keyValues().stream().map(this::eval).toArray()));
      case dev.quern.engine.plan.MyPermissionsNode m -> new ListScanOperator(dev.quern.engine.session.MyPermissions.rows(
          state(), (String) eval(m.securable()), (String) eval(m.securableClass())));
      case dev.quern.engine.plan.DescribeFirstResultSetNode d ->
          new ListScanOperator(dev.quern.engine.proc.describe.DescribeFirstResultSetFunction.rows(
              state(), (String) eval(d.tsql()), (String) eval(d.params()), (Boolean) eval(d.browse())));
      case dev.quern.engine.plan.JoinNode j ->
          new NestedLoopJoinOperator(
              build(j.left()), build(j.right()), j.type(), j.on(), ctx, j.left().columns().size(),
              j.right().columns().size(), cancelCheck);
      case dev.quern.engine.plan.HashJoinNode h ->
          new HashJoinOperator(build(h.left()), build(h.right()), h, ctx, cancelCheck);
      case dev.quern.engine.plan.SemiJoinNode s -> new HashSemiJoinOperator(build(s.left()), build(s.right()), s, cancelCheck);
      case dev.quern.engine.plan.IndexSpoolNode s -> new IndexSpoolOperator(s, ctx, () -> build(s.scan()), cancelCheck);
      case dev.quern.engine.plan.SeekListNode s -> IndexUsages.seek(state(), s.seek(), computed(
          new SeekListOperator(s, ctx, ((dev.quern.engine.session.SessionState) ctx.functions).store()),
          s.seek().covering() ? dev.quern.engine.plan.ComputedColumns.NONE : s.seek().table().computed()));
      case dev.quern.engine.plan.IndexSeekNode s ->
          IndexUsages.seek(state(), s, computed(
              new IndexSeekOperator(s, ctx, ((dev.quern.engine.session.SessionState) ctx.functions).store()),
              s.covering() ? dev.quern.engine.plan.ComputedColumns.NONE : s.table().computed()));
      case dev.quern.engine.plan.TableScanNode t ->
          IndexUsages.scan(state(), t,
              computed(new TableScanOperator(t, ((dev.quern.engine.session.SessionState) ctx.functions).store()), t.computed()));
      case dev.quern.engine.plan.ValuesNode v -> new ValuesOperator(v, ctx);
      case GenerateSeriesNode g ->
          new GenerateSeriesOperator(
              g.type().id(), eval(g.start()), eval(g.stop()), g.step() != null,
              g.step() == null ? null : eval(g.step()));
      case dev.quern.engine.plan.SetOperationNode s ->
          new SetOperationOperator(build(s.left()), build(s.right()), s.operator(), s.all(), s.columns().size(),
              GroupKey.collationsOf(s.columns()));
      case FilterNode f -> new FilterOperator(build(f.input()), f.predicate(), ctx);
      case ProjectNode p -> new ProjectOperator(build(p.input()), p.exprs(), ctx);
      case AggregateNode a -> aggregate(a);
      case SortNode s ->
          new SortOperator(
              build(s.input()),
              new RowComparator(s.keys(), s.input().columns()),
              cancelCheck);
      case DistinctNode d -> new DistinctOperator(build(d.input()), d.width(), GroupKey.collationsOf(d.input().columns()));
      case TopNode t -> top(t);
      case OffsetFetchNode o -> offsetFetch(o);
      case dev.quern.engine.plan.RecursiveCteNode r ->
          new RecursiveCteOperator(
              build(r.anchor()), rows -> withWorkTable(r.id(), rows).build(r.recursive()), r.maxRecursion(),
              cancelCheck);
      case dev.quern.engine.plan.StringSplitNode s -> stringSplit(s);
      case dev.quern.engine.plan.RegexpTableNode r -> regexpTable(r);
      case dev.quern.engine.plan.ForJsonNode j -> new ForJsonOperator(build(j.input()), j, cancelCheck);
      case dev.quern.engine.plan.ForXmlNode x -> new ForXmlOperator(build(x.input()), x, cancelCheck);
      case dev.quern.engine.plan.OpenJsonNode o -> openJson(o);
      case dev.quern.engine.plan.TableFunctionNode f -> tableFunction(f);
      case dev.quern.engine.plan.WindowNode w ->
          new WindowOperator(build(w.input()), w.functions(), ctx, cancelCheck, onNullEliminated);
      case dev.quern.engine.plan.RowListNode l -> new ListScanOperator(l.rows());
      case dev.quern.engine.plan.WorkTableScanNode w -> {
        java.util.List<Object[]> rows = workTables.get(w.id());
        if (rows == null) {
          throw SqlErrors.RECURSIVE_REFERENCE_IN_SUBQUERY.raise(); // only FROM can read the previous round
        }
        yield new ListScanOperator(rows);
      }
    };
  }

  /** A table read that computes the non-persisted computed columns of each row (index entries read alone carry none). */
  private Operator computed(Operator read, dev.quern.engine.plan.ComputedColumns computed) {
    if (!computed.hasVirtual()) {
      return read;
    }
    EvalContext own = new EvalContext(ctx.variables, ctx.functions);
    return () -> {
      Object[] row = read.next();
      if (row != null) {
        computed.fillVirtual(row, own);
      }
      return row;
    };
  }

  private Operator top(TopNode t) {
    Object v = eval(t.count());
    if (t.percent()) {
      double p = v == null ? 0 : ((Number) v).doubleValue();
      if (p < 0 || p > 100) {
        throw SqlErrors.NEGATIVE_TOP.raise();
      }
      return new PercentTopOperator(build(t.input()), p);
    }
    long n = count(v);
    if (n < 0) {
      throw SqlErrors.NEGATIVE_TOP.raise();
    }
    return new LimitOperator(build(t.input()), 0, n);
  }

  private Operator offsetFetch(OffsetFetchNode o) {
    long offset = count(eval(o.offset()));
    if (offset < 0) {
      throw SqlErrors.NEGATIVE_OFFSET.raise();
    }
    long fetch = -1;
    if (o.fetch() != null) {
      fetch = count(eval(o.fetch()));
      if (fetch <= 0) {
        throw SqlErrors.NEGATIVE_FETCH.raise();
      }
    }
    return new LimitOperator(build(o.input()), offset, fetch);
  }

  private static long count(Object v) {
    if (v instanceof Number n) {
      return n.longValue();
    }
    throw SqlErrors.NEGATIVE_TOP.raise();
  }

  /** sys.dm_db_index_physical_stats: NULL, 0 (and -1 for index_id) ask for all. */
  private Operator indexPhysicalStats(dev.quern.engine.plan.IndexPhysicalStatsNode p) {
    Object mode = eval(p.mode());
    return new ListScanOperator(dev.quern.engine.sys.IndexPhysicalStats.rows(state(),
        all(eval(p.databaseId()), 0), all(eval(p.objectId()), 0), all(all(eval(p.indexId()), 0), -1),
        all(eval(p.partitionNumber()), 0), mode == null ? null : mode.toString()));
  }

  /** A dynamic management function: its arguments evaluated once, its rows, then the error that follows them. */
  private Operator systemFunction(dev.quern.engine.plan.SystemFunctionNode f) {
    Object[] args = f.args().stream().map(this::eval).toArray();
    var result = f.function().rows(state(), args);
    Operator rows = new ListScanOperator(result.rows());
    if (result.after() == null) {
      return rows;
    }
    return () -> {
      Object[] row = rows.next();
      if (row == null) {
        throw result.after();
      }
      return row;
    };
  }

  /** {@code v} as an id, null when it is NULL or {@code meansAll}. */
  private static Integer all(Object v, int meansAll) {
    return v == null || ((Number) v).intValue() == meansAll ? null : ((Number) v).intValue();
  }

  /** The session's last text as a Language Event; no row for a session that does not exist. */
  /** fn_listextendedproperty's rows: each argument evaluated once, NULL meaning every item or name. */
  private java.util.List<Object[]> listExtendedProperty(dev.quern.engine.plan.ExtendedPropertyListNode l) {
    String[] a = new String[7];
    for (int i = 0; i < 7; i++) {
      a[i] = (String) eval(l.args().get(i));
    }
    return dev.quern.engine.extprop.PropertyListing.list(state(), a[0],
        new String[] {a[1], a[3], a[5]}, new String[] {a[2], a[4], a[6]});
  }

  private Operator inputBuffer(dev.quern.engine.plan.InputBufferNode b) {
    Object spid = eval(b.sessionId());
    String text = spid == null ? null
        : dev.quern.engine.dbcc.InputBuffers.session(state(), ((Number) spid).intValue())
            .map(s -> dev.quern.engine.session.SecretTexts.shown(s.activity().lastText())).orElse(null);
    return new ListScanOperator(
        text == null ? java.util.List.of() : java.util.List.<Object[]>of(new Object[] {"Language Event", 0, text}));
  }

  /** The plan behind a plan_handle: its batch compiled again and shown as SET SHOWPLAN_XML would. */
  private Operator queryPlan(dev.quern.engine.plan.QueryPlanNode q) {
    var session = (dev.quern.engine.session.SessionState) ctx.functions;
    byte[] handle = (byte[]) eval(q.handle());
    q.offsets().forEach(this::eval); // dm_exec_text_query_plan's offsets: evaluated, the whole batch shown
    var source = handle == null ? null : session.server().sqlTexts().source(handle);
    if (source == null || handle.length < 4) {
      return new ListScanOperator(java.util.List.of());
    }
    int dbid = (handle[2] & 0xFF) | (handle[3] & 0xFF) << 8; // smallint values are Integers
    // An encrypted module's plan is not shown, as its text is not.
    String xml = source.encrypted() ? null : session.host().showplanXml(source.text());
    return new ListScanOperator(java.util.List.<Object[]>of(new Object[] {
        dbid, source.objectId(), source.isModule() ? 1 : null, source.encrypted(), xml}));
  }

  /** sys.dm_exec_sql_text: a module's text shows its database, object and number 1, as SQL Server's. */
  private Operator sqlText(dev.quern.engine.plan.SqlTextNode t) {
    var session = (dev.quern.engine.session.SessionState) ctx.functions;
    var source = session.server().sqlTexts().source((byte[]) eval(t.handle()));
    if (source == null) {
      return new ListScanOperator(java.util.List.of());
    }
    return new ListScanOperator(java.util.List.<Object[]>of(new Object[] {
        source.databaseId(), source.objectId(), source.isModule() ? 1 : null, source.encrypted(), source.text()}));
  }

  /** STRING_SPLIT's rows, made when the operator is built (its arguments are evaluated once). */
  /**
   * OPENJSON: the rows cut from the JSON text (OpenJsonRows), each WITH column's text converted to
   * its declared type as CAST would (a value that does not convert fails the statement).
   */
  private Operator openJson(dev.quern.engine.plan.OpenJsonNode o) {
    Object json = eval(o.json());
    Object path = o.path() == null ? null : eval(o.path());
    if (o.path() != null && path == null) {
      return new ListScanOperator(java.util.List.of());
    }
    String text = json == null ? null : json.toString();
    String pathText = path == null ? null : path.toString();
    if (o.schema().isEmpty()) {
      return new ListScanOperator(dev.quern.engine.func.OpenJsonRows.members(text, pathText));
    }
    java.util.List<Object[]> rows = dev.quern.engine.func.OpenJsonRows.shaped(text, pathText, o.schema());
    for (Object[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null) {
          try {
            row[c] = dev.quern.catalog.value.Conversions.convert(
                row[c], dev.quern.catalog.type.SqlTypes.NVARCHAR_MAX, o.types().get(c));
          } catch (dev.quern.catalog.value.SqlValueException e) {
            throw ValueErrors.toSql(e);
          }
        }
      }
    }
    return new ListScanOperator(rows);
  }

  private Operator stringSplit(dev.quern.engine.plan.StringSplitNode s) {
    Object string = eval(s.string());
    Object separator = eval(s.separator());
    if (separator == null || separator.toString().length() != 1) {
      throw SqlErrors.PROC_EXPECTS_TYPE.raise("separator", "nchar(1)/nvarchar(1)");
    }
    java.util.List<Object[]> rows = new java.util.ArrayList<>();
    if (string != null) {
      String text = string.toString();
      char sep = separator.toString().charAt(0);
      int start = 0;
      long n = 0;
      while (true) {
        int at = text.indexOf(sep, start);
        String piece = at < 0 ? text.substring(start) : text.substring(start, at);
        n++;
        rows.add(s.ordinal() ? new Object[] {piece, n} : new Object[] {piece});
        if (at < 0) {
          break;
        }
        start = at + 1;
      }
    }
    return new ListScanOperator(rows);
  }

  /** REGEXP_MATCHES / REGEXP_SPLIT_TO_TABLE: the rows of the arguments' values (none when one is NULL). */
  private Operator regexpTable(dev.quern.engine.plan.RegexpTableNode r) {
    Object flags = r.flags() == null ? null : eval(r.flags());
    Object text = eval(r.string());
    Object pattern = eval(r.pattern());
    try {
      return new ListScanOperator(r.table().rows(
          text == null ? null : text.toString(), pattern == null ? null : pattern.toString(),
          flags == null ? null : flags.toString(), r.flags() != null, ctx.functions));
    } catch (dev.quern.catalog.value.SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  /** A table-valued user function's rows, made when the operator is built (its body runs then). */
  private Operator tableFunction(dev.quern.engine.plan.TableFunctionNode f) {
    Object[] values = new Object[f.args().size()];
    boolean[] defaulted = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      BoundExpr a = f.args().get(i);
      defaulted[i] = a == null;
      values[i] = a == null ? null : eval(a);
    }
    return new ListScanOperator(f.rows().run(values, defaulted, ctx));
  }

  private Object eval(BoundExpr e) {
    ctx.row = outerRow;
    return e.eval(ctx);
  }
}
