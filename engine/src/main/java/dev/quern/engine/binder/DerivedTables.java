package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A derived table or common table expression in FROM: its query bound in the statement's context
 * (it cannot see the columns of the sources beside it), its columns named by the list given or by
 * the query itself, each name once (8155, 8156, 8158, 8159 as SQL Server words them).
 */
final class DerivedTables {
  private DerivedTables() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.Derived d) {
    QuerySpec q = d.query();
    if (!q.orderBy().isEmpty() && q.top() == null && q.offset() == null) {
      throw SqlErrors.ORDER_BY_IN_DERIVED.raise();
    }
    if (d.recursive()) {
      return recursive(bind, d);
    }
    QueryBinder.Bound b = new QueryBinder(bind).bindQuery(q);
    List<ResultColumn> columns = named(b.plan().columns(), d);
    return new SourceBinder.Bound(b.plan().root(), new ColumnScope(d.alias(), columns), b.readsTable());
  }

  /**
   * A recursive common table expression: anchor blocks first (those that do not read it), then,
   * after UNION ALL, recursive blocks joined by UNION ALL (246, 252 otherwise), each of the
   * anchor's column types (240; 205 for another column count).
   */
  private static SourceBinder.Bound recursive(BindContext bind, TableSource.Derived d) {
    QuerySpec q = d.query();
    List<QuerySpec> blocks = new ArrayList<>();
    blocks.add(q.headBlock());
    q.compounds().forEach(c -> blocks.add(c.block()));
    String name = null;
    int anchors = 0;
    for (int i = 0; i < blocks.size(); i++) {
      String refers = reference(blocks.get(i).from());
      if (refers == null && name == null) {
        anchors = i + 1;
      } else if (refers != null && name == null) {
        name = refers;
      } else if (refers == null) {
        throw SqlErrors.RECURSIVE_WITHOUT_UNION_ALL.raise(name); // an anchor after a recursive block
      }
    }
    if (anchors == 0) {
      throw SqlErrors.NO_ANCHOR_MEMBER.raise(name);
    }
    for (int i = anchors - 1; i < q.compounds().size(); i++) {
      QuerySpec.Compound c = q.compounds().get(i);
      if (c.operator() != QuerySpec.SetOperator.UNION || !c.all()) {
        throw SqlErrors.RECURSIVE_WITHOUT_UNION_ALL.raise(name);
      }
    }
    QuerySpec anchorQuery =
        new QuerySpec(
            q.distinct(), q.top(), q.items(), q.from(), q.where(), q.groupBy(), q.having(), List.of(), null, null,
            q.compounds().subList(0, anchors - 1));
    QueryBinder.Bound anchor = new QueryBinder(bind).bindQuery(anchorQuery);
    List<ResultColumn> columns = named(anchor.plan().columns(), d);
    var work = new dev.quern.engine.plan.WorkTableScanNode(bind.newWorkTableId(), name, columns);
    boolean readsTable = anchor.readsTable();
    dev.quern.engine.plan.PlanNode recursivePart = null;
    bind.enterRecursion(work);
    try {
      for (QuerySpec block : blocks.subList(anchors, blocks.size())) {
        int referencesBefore = bind.recursiveReferences();
        QueryBinder.Bound b = new QueryBinder(bind).bindQuery(block);
        if (bind.recursiveReferences() - referencesBefore != sourcesReading(b.plan().root(), work.id())) {
          // Some reference is not a row source of the block: it sits in a subquery.
          throw SqlErrors.RECURSIVE_REFERENCE_IN_SUBQUERY.raise();
        }
        List<ResultColumn> made = b.plan().columns();
        if (made.size() != columns.size()) {
          throw SqlErrors.SET_OPERATION_COLUMN_COUNT.raise();
        }
        for (int i = 0; i < made.size(); i++) {
          if (!made.get(i).type().equals(columns.get(i).type())) {
            throw SqlErrors.RECURSIVE_TYPES_DIFFER.raise(columns.get(i).name(), name);
          }
        }
        readsTable |= b.readsTable();
        recursivePart =
            recursivePart == null
                ? b.plan().root()
                : new dev.quern.engine.plan.SetOperationNode(
                    recursivePart, b.plan().root(), QuerySpec.SetOperator.UNION, true, columns);
      }
    } finally {
      bind.leaveRecursion(work);
    }
    var node =
        new dev.quern.engine.plan.RecursiveCteNode(
            anchor.plan().root(), recursivePart, work.id(), name, columns, d.recursion().max());
    return new SourceBinder.Bound(node, new ColumnScope(d.alias(), columns), readsTable);
  }

  /** The recursive common table expression {@code from} reads (in FROM, joins included), or null. */
  private static String reference(TableSource from) {
    return switch (from) {
      case null -> null;
      case TableSource.RecursiveRef r -> r.name();
      case TableSource.Join j -> reference(j.left()) != null ? reference(j.left()) : reference(j.right());
      case TableSource.Apply a -> reference(a.left()) != null ? reference(a.left()) : reference(a.right());
      default -> null;
    };
  }

  /** Inside a recursive part: the reference to its own expression reads the previous round. */
  static SourceBinder.Bound recursiveRef(BindContext bind, TableSource.RecursiveRef r) {
    var work = workTable(bind, r);
    bind.countRecursiveReference();
    return new SourceBinder.Bound(work, new ColumnScope(r.alias() != null ? r.alias() : r.name(), work.columns()), false);
  }

  static dev.quern.engine.plan.WorkTableScanNode workTable(BindContext bind, TableSource.RecursiveRef r) {
    return bind.workTable(r.name()).orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(r.name()));
  }

  /** How many row sources of the plan under {@code node} read work table {@code id}. */
  private static int sourcesReading(dev.quern.engine.plan.PlanNode node, int id) {
    if (node instanceof dev.quern.engine.plan.WorkTableScanNode w) {
      return w.id() == id ? 1 : 0;
    }
    int n = 0;
    for (dev.quern.engine.plan.PlanNode input : node.inputs()) {
      n += sourcesReading(input, id);
    }
    return n;
  }

  /** The names {@code SELECT *} over {@code d} expands to (its binding kept for the real one). */
  static List<String> columnNames(BindContext bind, TableSource.Derived d) {
    return bind.learned().learn(d, () -> bind(bind, d)).scope().columns().stream().map(ResultColumn::name).toList();
  }

  private static List<ResultColumn> named(List<ResultColumn> produced, TableSource.Derived d) {
    return named(produced, d.columns(), d.alias());
  }

  /**
   * {@code produced} under the column names an alias lists ({@code given}; empty: their own),
   * for a derived table or a table-valued function: 8158 for fewer names than columns, 8159 for
   * more, 8155 for a column left unnamed, 8156 for a name given twice.
   */
  static List<ResultColumn> named(List<ResultColumn> produced, List<String> given, String alias) {
    if (!given.isEmpty() && given.size() < produced.size()) {
      throw SqlErrors.DERIVED_MORE_COLUMNS.raise(alias);
    }
    if (given.size() > produced.size()) {
      throw SqlErrors.VIEW_COLUMN_COUNT.raise(alias);
    }
    List<ResultColumn> out = new ArrayList<>(produced.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < produced.size(); i++) {
      ResultColumn c = produced.get(i);
      String name = given.isEmpty() ? c.name() : given.get(i);
      if (name == null || name.isEmpty()) {
        throw SqlErrors.DERIVED_COLUMN_UNNAMED.raise(i + 1, alias);
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw SqlErrors.DERIVED_COLUMN_TWICE.raise(name, alias);
      }
      out.add(new ResultColumn(name, c.type(), c.nullable()));
    }
    return List.copyOf(out);
  }
}
