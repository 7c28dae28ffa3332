package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of a view or common table expression that a modification goes through, traced to the
 * base tables its columns show ("CREATE VIEW", § Updatable Views): for each output column, the
 * column of the one table it is (none for a computed, aggregate or window column), through nested
 * views and derived tables; and the same query rewritten to return, after its own columns, the
 * whole row of one base table, so that a statement through it can tell which base rows it picked.
 * A definition with DISTINCT, GROUP BY, HAVING or an aggregate is 4403; a set operation 4406.
 */
final class UpdatableQuery {
  /** The prefix of the columns the rewrite adds, one per column of the base table by position. */
  static final String ROW_COLUMN = "%%row.";

  /** A source of the query's FROM. */
  sealed interface Leaf permits BaseTable, Nested, Opaque {
    TableSource source();

    String key();
  }

  /** A table read by the query: what a modification changes. Told apart by identity. */
  static final class BaseTable implements Leaf {
    private final TableSource.Named source;
    private final ResolvedTable table;

    BaseTable(TableSource.Named source, ResolvedTable table) {
      this.source = source;
      this.table = table;
    }

    @Override
    public TableSource source() {
      return source;
    }

    @Override
    public String key() {
      return source.alias() != null ? source.alias() : source.parts().getLast();
    }

    ResolvedTable table() {
      return table;
    }
  }

  /** A view or derived table read by the query, traced in turn. */
  record Nested(TableSource source, String key, UpdatableQuery inner) implements Leaf {}

  /** A source that is no table (a function, VALUES, a recursive reference): its columns are derived. */
  record Opaque(TableSource source, String key) implements Leaf {}

  /** An output column: the item that yields it here, and the base column it is (table null: derived). */
  record Shown(SelectItem item, String name, BaseTable table, int position) {}

  private final QuerySpec query;
  private final List<String> columns;
  private final List<Leaf> leaves;
  private final List<Shown> shown;
  /** Whether this is a view's query created WITH CHECK OPTION. */
  private boolean checkOption;

  private UpdatableQuery(QuerySpec query, List<String> columns, List<Leaf> leaves, List<Shown> shown) {
    this.query = query;
    this.columns = columns;
    this.leaves = leaves;
    this.shown = shown;
  }

  /** {@code query}, with output columns renamed {@code columns} (empty: its own names); errors name {@code name}. */
  static UpdatableQuery of(SessionState state, String name, QuerySpec query, List<String> columns) {
    if (!query.compounds().isEmpty()) {
      throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
    }
    if (query.distinct() || !query.groupBy().isEmpty() || query.having() != null
        || query.items().stream().anyMatch(i -> i instanceof SelectItem.Column c && AggregateFinder.find(c.expr()))) {
      throw SqlErrors.VIEW_AGGREGATES.raise(name);
    }
    List<Leaf> leaves = new ArrayList<>();
    if (query.from() != null) {
      collect(state, name, query.from(), leaves);
    }
    List<Shown> shown = new ArrayList<>();
    for (SelectItem item : query.items()) {
      switch (item) {
        case SelectItem.Star star -> expand(name, star, leaves, shown);
        case SelectItem.Column c when c.expr() instanceof ColumnRef r -> shown.add(traced(c, r, leaves));
        case SelectItem.Column c -> shown.add(new Shown(c, c.alias(), null, -1));
        default -> throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
      }
    }
    return new UpdatableQuery(query, List.copyOf(columns), List.copyOf(leaves), List.copyOf(shown));
  }

  private static void collect(SessionState state, String name, TableSource s, List<Leaf> out) {
    switch (s) {
      case TableSource.Join j -> {
        collect(state, name, j.left(), out);
        collect(state, name, j.right(), out);
      }
      case TableSource.Named n -> out.add(named(state, name, n));
      case TableSource.Derived d when !d.recursive() ->
          out.add(new Nested(d, d.alias(), of(state, name, d.query(), d.columns())));
      default -> out.add(new Opaque(s, s.alias()));
    }
  }

  /** A table, or a view traced through its definition (its names resolved inside it, as SELECT does). */
  private static Leaf named(SessionState state, String name, TableSource.Named n) {
    List<String> parts = ObjectNames.followSynonym(state.store(), state.databaseName(), n.parts());
    var table = ObjectNames.table(state.store(), state.databaseName(), parts);
    if (table.isPresent()) {
      return new BaseTable(n, table.get());
    }
    var found = ObjectNames.object(state.store(), state.databaseName(), parts);
    String key = n.alias() != null ? n.alias() : n.parts().getLast();
    if (found.isPresent() && found.get().object() instanceof dev.quern.catalog.meta.View view) {
      var definition = (CreateViewStatement) dev.quern.engine.parser.Parser.parseBatch(view.definition(), true).getFirst();
      var module = dev.quern.engine.session.Modules.of(state, found.get().target().database().id(), view);
      UpdatableQuery inner = dev.quern.engine.session.Modules.inside(
          state, module, () -> of(state, name, definition.query(), definition.columns()));
      inner.checkOption = definition.checkOption();
      return new Nested(n, key, inner);
    }
    return new Opaque(n, key);
  }

  /** {@code *} or {@code q.*}: each column of the sources it covers, as an item naming it. */
  private static void expand(String name, SelectItem.Star star, List<Leaf> leaves, List<Shown> out) {
    for (Leaf leaf : leaves) {
      if (star.qualifier() != null && !covers(leaf, star.qualifier())) {
        continue;
      }
      List<String> names = names(leaf);
      if (names == null) {
        throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
      }
      for (int i = 0; i < names.size(); i++) {
        var item = new SelectItem.Column(new ColumnRef(List.of(leaf.key(), names.get(i))), names.get(i));
        out.add(shownOf(item, names.get(i), leaf, i));
      }
    }
  }

  /** A plain column reference: the column of the source it names (derived when it names none here). */
  private static Shown traced(SelectItem.Column c, ColumnRef r, List<Leaf> leaves) {
    String column = r.parts().getLast();
    String qualifier = r.parts().size() >= 2 ? r.parts().get(r.parts().size() - 2) : null;
    String name = c.alias() != null ? c.alias() : column;
    for (Leaf leaf : leaves) {
      List<String> names = names(leaf);
      if (names == null || qualifier != null && !covers(leaf, qualifier)) {
        continue;
      }
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(column)) {
          return shownOf(c, name, leaf, i);
        }
      }
    }
    return new Shown(c, name, null, -1);
  }

  private static Shown shownOf(SelectItem.Column item, String name, Leaf leaf, int i) {
    return switch (leaf) {
      case BaseTable b -> new Shown(item, name, b, i);
      case Nested n -> new Shown(item, name, n.inner().shown.get(i).table(), n.inner().shown.get(i).position());
      case Opaque o -> new Shown(item, name, null, -1);
    };
  }

  private static boolean covers(Leaf leaf, String qualifier) {
    return leaf.key() != null && leaf.key().equalsIgnoreCase(qualifier);
  }

  /** The column names a source shows, or null when unknown here. */
  private static List<String> names(Leaf leaf) {
    return switch (leaf) {
      case BaseTable b -> b.table().table().columns().stream().map(Column::name).toList();
      case Nested n -> n.inner().names();
      case Opaque o -> null;
    };
  }

  /** The output column names, after the definition's own column list. */
  List<String> names() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      out.add(i < columns.size() ? columns.get(i) : shown.get(i).name());
    }
    return out;
  }

  /** The output column called {@code name}, or null. */
  Shown column(String name) {
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      if (name.equalsIgnoreCase(names.get(i))) {
        return shown.get(i);
      }
    }
    return null;
  }

  List<Shown> shown() {
    return shown;
  }

  /** Every base table read, through nested sources too. */
  List<BaseTable> bases() {
    List<BaseTable> out = new ArrayList<>();
    for (Leaf leaf : leaves) {
      switch (leaf) {
        case BaseTable b -> out.add(b);
        case Nested n -> out.addAll(n.inner().bases());
        case Opaque o -> {}
      }
    }
    return out;
  }

  /** This query, a view's, marked as created WITH CHECK OPTION or not. */
  UpdatableQuery withCheckOption(boolean on) {
    checkOption = on;
    return this;
  }

  /**
   * The outermost query with CHECK OPTION on the way to {@code base} (this one included), or null:
   * its rows are those a write through this query must stay among.
   */
  UpdatableQuery checking(BaseTable base) {
    if (checkOption) {
      return this;
    }
    for (Leaf leaf : leaves) {
      if (leaf instanceof Nested n && n.inner().bases().stream().anyMatch(b -> b == base)) {
        return n.inner().checking(base);
      }
    }
    return null;
  }

  /** This query as a derived table {@code alias} returning also the row of {@code base}. */
  TableSource.Derived withRowOf(BaseTable base, String alias) {
    List<String> names = new ArrayList<>(columns);
    if (!names.isEmpty()) {
      names.addAll(rowColumns(base));
    }
    return new TableSource.Derived(queryWithRowOf(base), alias, names);
  }

  /** The names of the row columns of {@code base} the rewrite adds. */
  static List<String> rowColumns(BaseTable base) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < base.table().table().columns().size(); k++) {
      out.add(ROW_COLUMN + k);
    }
    return out;
  }

  /**
   * The query with its stars spelled out (so that added columns shift none of them) and the row of
   * {@code base} appended: read from the table itself when it is a source here, else passed up from
   * the nested source that reaches it.
   */
  private QuerySpec queryWithRowOf(BaseTable base) {
    List<SelectItem> items = new ArrayList<>();
    shown.forEach(s -> items.add(s.item()));
    TableSource from = query.from();
    List<ColumnRef> row = new ArrayList<>();
    if (leaves.stream().anyMatch(l -> l == base)) {
      base.table().table().columns().forEach(c -> row.add(new ColumnRef(List.of(base.key(), c.name()))));
    } else {
      Nested via = (Nested) leaves.stream()
          .filter(l -> l instanceof Nested n && n.inner().bases().stream().anyMatch(b -> b == base))
          .findFirst()
          .orElseThrow();
      from = replaced(from, via.source(), via.inner().withRowOf(base, via.key()));
      rowColumns(base).forEach(n -> row.add(new ColumnRef(List.of(via.key(), n))));
    }
    for (int k = 0; k < row.size(); k++) {
      items.add(new SelectItem.Column(row.get(k), ROW_COLUMN + k));
    }
    return new QuerySpec(
        query.distinct(), query.top(), items, from, query.where(), query.groupBy(), query.having(),
        query.orderBy(), query.offset(), query.fetch(), query.compounds());
  }

  /** {@code s} with source {@code old} (by identity) replaced by {@code with}. */
  static TableSource replaced(TableSource s, TableSource old, TableSource with) {
    if (s == old) {
      return with;
    }
    if (s instanceof TableSource.Join j) {
      return new TableSource.Join(replaced(j.left(), old, with), replaced(j.right(), old, with), j.type(), j.on());
    }
    return s;
  }
}
