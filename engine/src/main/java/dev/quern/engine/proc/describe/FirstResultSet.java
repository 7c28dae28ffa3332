package dev.quern.engine.proc.describe;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.ast.OutputStatement;
import dev.quern.engine.ast.SelectStatement;
import dev.quern.catalog.meta.Procedure;
import dev.quern.engine.error.DescribeErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.StoredProcedures;
import dev.quern.engine.proc.SystemProcedures;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.plan.StatementPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first result set an analysed batch can produce, found without running it as
 * sp_describe_first_result_set documents: every control path (IF/ELSE, WHILE, TRY/CATCH, RETURN,
 * THROW and RAISERROR ending one) is followed to the first statement that returns rows, and the
 * candidates are merged — names that differ become NULL, nullability is the union, and types must
 * agree except that varchar, nvarchar and varbinary widen to the longer length (else 11509).
 * Dynamic SQL is 11513; a stored procedure called by EXEC is analysed in turn; EXEC of a system
 * procedure, DML with OUTPUT and FETCH without INTO are 11527 here.
 */
final class FirstResultSet {
  /** One possible first result set, the statement that returns it, and where its columns come from (null: unknown). */
  private record Candidate(
      List<ResultColumn> columns, String statement, ColumnSource.Lineage lineage, OrderByList order) {}

  /**
   * The first result set: its columns, and when one statement returns it, their sources (from one
   * table) and its ORDER BY; null where unknown.
   */
  record Described(List<ResultColumn> columns, ColumnSource.Lineage lineage, OrderByList order) {}

  /** What a statement list can do: the first result sets it can return, and whether it can end without one. */
  private record Paths(List<Candidate> found, boolean fallsThrough) {
    static final Paths NONE = new Paths(List.of(), true);
    static final Paths ENDS = new Paths(List.of(), false);
  }

  private final BatchAnalysis analysis;
  private final Discovery host;
  /** The procedures being analysed, outermost first: calling one again is recursion (11523). */
  private final Set<Integer> callers;
  /** Whether a RETURN was seen: a procedure's caller goes on after it. */
  private boolean returned;

  private FirstResultSet(BatchAnalysis analysis, Discovery host, Set<Integer> callers) {
    this.analysis = analysis;
    this.host = host;
    this.callers = callers;
  }

  /** The batch's first result set; null when no path returns one. */
  static Described of(BatchAnalysis analysis, Discovery host) {
    List<Candidate> found = new FirstResultSet(analysis, host, Set.of()).sequence(analysis.statements()).found();
    if (found.isEmpty()) {
      return null;
    }
    Candidate merged = found.getFirst();
    for (Candidate c : found.subList(1, found.size())) {
      merged = merge(merged, c);
    }
    return new Described(merged.columns(), merged.lineage(), merged.order());
  }

  private Paths sequence(List<StatementPlan> list) {
    List<Candidate> found = new ArrayList<>();
    for (StatementPlan s : list) {
      Paths p = paths(s);
      found.addAll(p.found());
      if (!p.fallsThrough()) {
        return new Paths(found, false);
      }
    }
    return new Paths(found, true);
  }

  private Paths paths(StatementPlan s) {
    return switch (s) {
      case StatementPlan.Select sel ->
          returns(sel.query().columns(), s, ColumnSource.of(sel.query(), host.state()),
              analysis.source(s) instanceof SelectStatement ast ? OrderByList.of(ast, sel.query().columns()) : null);
      case StatementPlan.If i -> either(paths(i.then()), i.otherwise() == null ? Paths.NONE : paths(i.otherwise()));
      case StatementPlan.Block b -> sequence(b.body());
      case StatementPlan.While w -> new Paths(paths(w.body()).found(), true);
      case StatementPlan.TryCatch t -> either(sequence(t.tryBody()), sequence(t.catchBody()));
      case StatementPlan.Return r -> {
        returned = true;
        yield Paths.ENDS;
      }
      case StatementPlan.Throw t -> Paths.ENDS;
      case StatementPlan.Raiserror r -> severe(r) ? Paths.ENDS : Paths.NONE;
      case StatementPlan.ExecuteString e -> throw DescribeErrors.DYNAMIC_SQL.raise(analysis.text(s));
      case StatementPlan.Execute e -> execute(e);
      case StatementPlan.LateBound l when l.statement() instanceof OutputStatement ->
          throw DescribeErrors.NOT_SUPPORTED.raise(analysis.text(s));
      // FETCH without INTO returns a row, whose shape is the cursor's, known only when it opens.
      case StatementPlan.Cursor c
          when c.statement() instanceof CursorStatement.Fetch f && f.into() == null ->
          throw DescribeErrors.NOT_SUPPORTED.raise(analysis.text(s));
      default -> Paths.NONE;
    };
  }

  private Paths returns(List<ResultColumn> columns, StatementPlan s, ColumnSource.Lineage lineage, OrderByList order) {
    return new Paths(List.of(new Candidate(columns, analysis.text(s), lineage, order)), false);
  }

  /**
   * EXEC … WITH RESULT SETS says its first result set; otherwise a stored procedure's body is
   * analysed as the batch is (its RETURN lets the caller go on). System procedures are not
   * analysed (11527); an unknown procedure is 2812, then 11529.
   */
  private Paths execute(StatementPlan.Execute e) {
    if (e.resultSets().undefined()) {
      return procedure(e);
    }
    if (e.resultSets().sets().isEmpty()) {
      return Paths.NONE;
    }
    List<ResultColumn> columns = new ArrayList<>();
    for (var c : e.resultSets().sets().getFirst()) {
      columns.add(new ResultColumn(c.name(), c.type(), c.nullable()));
    }
    return returns(columns, e, null, null);
  }

  private Paths procedure(StatementPlan.Execute e) {
    String text = analysis.text(e);
    if (e.name() == null) {
      throw DescribeErrors.NOT_SUPPORTED.raise(text); // EXEC @name: which procedure is known when it runs
    }
    Optional<Procedure> found = StoredProcedures.find(e.name(), host.state());
    if (found.isEmpty()) {
      if (SystemProcedures.lookup(e.name()).isPresent()) {
        throw DescribeErrors.NOT_SUPPORTED.raise(text);
      }
      host.report().accept(SqlErrors.PROC_NOT_FOUND.message(e.name()));
      throw DescribeErrors.EVERY_PATH_ERRORS.raise();
    }
    Procedure p = found.get();
    if (callers.contains(p.id())) {
      throw DescribeErrors.RECURSION.raise(text);
    }
    Set<Integer> inner = new HashSet<>(callers);
    inner.add(p.id());
    BatchAnalysis body = BatchAnalysis.ofProcedure(p, host);
    FirstResultSet within = new FirstResultSet(body, host, inner);
    Paths paths = within.sequence(body.statements());
    return new Paths(paths.found(), paths.fallsThrough() || within.returned);
  }

  private static Paths either(Paths a, Paths b) {
    List<Candidate> found = new ArrayList<>(a.found());
    found.addAll(b.found());
    return new Paths(found, a.fallsThrough() || b.fallsThrough());
  }

  /** RAISERROR with a severity above 10 ends its path (as an error, not a result set). */
  private static boolean severe(StatementPlan.Raiserror r) {
    return r.severity() instanceof Constant k && k.value() instanceof Number n && n.intValue() > 10;
  }

  private static Candidate merge(Candidate a, Candidate b) {
    if (a.columns().size() != b.columns().size()) {
      throw DescribeErrors.INCOMPATIBLE.raise(a.statement(), b.statement());
    }
    List<ResultColumn> out = new ArrayList<>();
    for (int i = 0; i < a.columns().size(); i++) {
      ResultColumn x = a.columns().get(i);
      ResultColumn y = b.columns().get(i);
      SqlType type = wider(x.type(), y.type());
      if (type == null) {
        throw DescribeErrors.INCOMPATIBLE.raise(a.statement(), b.statement());
      }
      String name = x.name().toLowerCase(Locale.ROOT).equals(y.name().toLowerCase(Locale.ROOT)) ? x.name() : "";
      out.add(new ResultColumn(name, type, x.nullable() || y.nullable(), x.identity() && y.identity()));
    }
    return new Candidate(out, a.statement(), null, null);
  }

  /** The type both can be described as: equal, or the longer of two varchar/nvarchar/varbinary; else null. */
  private static SqlType wider(SqlType x, SqlType y) {
    if (x.equals(y)) {
      return x;
    }
    boolean variable = x.id() == TypeId.VARCHAR || x.id() == TypeId.NVARCHAR || x.id() == TypeId.VARBINARY;
    if (!variable || x.id() != y.id()) {
      return null;
    }
    return x.isMax() || (!y.isMax() && x.length() >= y.length()) ? x : y;
  }
}
