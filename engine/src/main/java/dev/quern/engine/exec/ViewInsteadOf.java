package dev.quern.engine.exec;

import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.View;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.DmlTarget;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.Names;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.QueryBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * INSERT, UPDATE and DELETE against a view with an INSTEAD OF trigger for that statement: the view
 * is updatable through the trigger. The rows the statement would remove are the view's rows its
 * WHERE (and FROM, TOP) picks, read by a query bound where the statement stands (its variables
 * visible); the rows it would write are the VALUES or query of an INSERT, mapped onto the view's
 * columns (NULL for those not named), or the picked rows with an UPDATE's assignments made. The
 * trigger then runs with those in {@code inserted} and {@code deleted}; the statement's count is
 * their number.
 */
final class ViewInsteadOf {
  private final SessionState state;
  private final DmlExecutor dml;

  ViewInsteadOf(SessionState state, DmlExecutor dml) {
    this.state = state;
    this.dml = dml;
  }

  /** Runs {@code s} through its view's INSTEAD OF trigger; false when {@code s} is not such a statement. */
  boolean run(StorageStatement s, BindContext bind, Frame frame, ResultSink sink) {
    return switch (s) {
      case InsertStatement i -> insert(i, bind, frame, sink);
      case UpdateStatement u -> update(u, bind, frame, sink);
      case DeleteStatement d -> delete(d, bind, frame, sink);
      default -> false;
    };
  }

  /** The view {@code name} designates and its INSTEAD OF trigger for {@code event}, or null. */
  private record Target(View view, Trigger trigger) {}

  private Target target(List<String> name, String event) {
    if (name.getLast().startsWith("#") || name.getLast().startsWith("@")) {
      return null;
    }
    var found = ObjectNames.object(state.store(), state.databaseName(), name);
    if (found.isEmpty() || !(found.get().object() instanceof View view)) {
      return null;
    }
    Trigger trigger = InsteadOfTriggers.of(state, found.get().target().catalog(), view.id(), event);
    return trigger == null ? null : new Target(view, trigger);
  }

  private boolean insert(InsertStatement s, BindContext bind, Frame frame, ResultSink sink) {
    Target t = target(s.table(), "INSERT");
    if (t == null) {
      return false;
    }
    if (s.exec() != null) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("INSERT … EXEC into a view");
    }
    List<ResultColumn> columns = columns(s.table(), bind);
    List<Integer> positions = new ArrayList<>();
    if (s.columns().isEmpty()) {
      for (int i = 0; i < columns.size(); i++) {
        positions.add(i);
      }
    } else {
      Set<String> seen = new HashSet<>();
      for (String name : s.columns()) {
        int at = position(columns, name);
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
          throw SqlErrors.COLUMN_LISTED_TWICE.raise(columns.get(at).name());
        }
        positions.add(at);
      }
    }
    List<Object[]> inserted = new ArrayList<>();
    if (s.query() != null || !s.rows().isEmpty()) {
      Rows source = read(sourceText(s, positions.size()), bind, frame);
      if (source.columns().size() != positions.size()) {
        throw s.columns().isEmpty()
            ? SqlErrors.VALUES_MISMATCH.raise()
            : source.columns().size() > positions.size()
                ? SqlErrors.INSERT_MORE_VALUES.raise()
                : SqlErrors.INSERT_MORE_COLUMNS.raise();
      }
      for (Object[] r : source.rows()) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < positions.size(); i++) {
          int at = positions.get(i);
          row[at] = convert(r[i], source.columns().get(i).type(), columns.get(at).type());
        }
        inserted.add(row);
      }
    } else {
      inserted.add(new Object[columns.size()]); // DEFAULT VALUES: one row, every column NULL
    }
    Set<String> assigned = new HashSet<>();
    columns.forEach(c -> assigned.add(c.name().toLowerCase(Locale.ROOT)));
    fire(t, columns, assigned, inserted, List.of(), frame, sink);
    return true;
  }

  /** The query an INSERT's VALUES or SELECT stands for, {@code width} columns wide for VALUES. */
  private static String sourceText(InsertStatement s, int width) {
    if (s.query() != null) {
      return s.query().toSql();
    }
    List<String> rows = new ArrayList<>();
    int widest = 0;
    for (List<Expr> r : s.rows()) {
      rows.add("(" + String.join(", ", r.stream().map(e -> e == null ? "NULL" : e.toSql()).toList()) + ")");
      widest = Math.max(widest, r.size());
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.max(widest, 1); i++) {
      names.add("c" + i);
    }
    return "SELECT * FROM (VALUES " + String.join(", ", rows) + ") AS v (" + String.join(", ", names) + ")";
  }

  private boolean update(UpdateStatement s, BindContext bind, Frame frame, ResultSink sink) {
    Picked picked = picked(s.table(), s.from(), "UPDATE");
    if (picked == null) {
      return false;
    }
    List<ResultColumn> columns = columns(picked.view(), bind);
    List<Integer> positions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Set<String> assigned = new HashSet<>();
    for (UpdateStatement.Assignment a : s.assignments()) {
      int at = position(columns, a.column());
      positions.add(at);
      values.add(a.value() == null ? "NULL" : "(" + a.value().toSql() + ")");
      assigned.add(columns.get(at).name().toLowerCase(Locale.ROOT));
    }
    String text = "SELECT " + top(s.target()) + picked.qualifier() + ".*, " + String.join(", ", values)
        + picked.fromText() + (s.where() == null ? "" : " WHERE " + s.where().toSql());
    Rows rows = read(text, bind, frame);
    List<Object[]> deleted = new ArrayList<>();
    List<Object[]> inserted = new ArrayList<>();
    int width = columns.size();
    for (Object[] r : rows.rows()) {
      Object[] old = java.util.Arrays.copyOf(r, width);
      Object[] row = old.clone();
      for (int i = 0; i < positions.size(); i++) {
        int at = positions.get(i);
        row[at] = convert(r[width + i], rows.columns().get(width + i).type(), columns.get(at).type());
      }
      deleted.add(old);
      inserted.add(row);
    }
    fire(picked.target(), columns, assigned, inserted, deleted, frame, sink);
    return true;
  }

  private boolean delete(DeleteStatement s, BindContext bind, Frame frame, ResultSink sink) {
    Picked picked = picked(s.table(), s.from(), "DELETE");
    if (picked == null) {
      return false;
    }
    List<ResultColumn> columns = columns(picked.view(), bind);
    String text = "SELECT " + top(s.target()) + picked.qualifier() + ".*" + picked.fromText()
        + (s.where() == null ? "" : " WHERE " + s.where().toSql());
    List<Object[]> deleted = read(text, bind, frame).rows();
    fire(picked.target(), columns, Set.of(), List.of(), deleted, frame, sink);
    return true;
  }

  /**
   * The view an UPDATE or DELETE changes (named directly, or through an alias or name in its
   * FROM), the qualifier of its columns and the FROM of the query that picks its rows.
   */
  private record Picked(Target target, List<String> view, String qualifier, String fromText) {}

  private Picked picked(List<String> name, TableSource from, String event) {
    List<String> view = name;
    String qualifier = Names.quote(name.getLast());
    String fromText = " FROM " + Names.quoteAll(name);
    if (from != null) {
      TableSource.Named named = named(from, name);
      if (named != null) {
        view = named.parts();
        qualifier = Names.quote(named.alias() != null ? named.alias() : named.parts().getLast());
        fromText = " FROM " + from.toSql();
      } else {
        fromText = " FROM " + Names.quoteAll(name) + " CROSS JOIN " + from.toSql();
      }
    }
    Target t = target(view, event);
    return t == null ? null : new Picked(t, view, qualifier, fromText);
  }

  /** The source of FROM that {@code name} designates: by alias, else by name without alias. */
  private static TableSource.Named named(TableSource s, List<String> name) {
    return switch (s) {
      case TableSource.Named n ->
          name.size() == 1 && n.alias() != null && n.alias().equalsIgnoreCase(name.getFirst())
              || n.alias() == null && n.parts().getLast().equalsIgnoreCase(name.getLast()) ? n : null;
      case TableSource.Join j -> {
        TableSource.Named l = named(j.left(), name);
        yield l != null ? l : named(j.right(), name);
      }
      default -> null;
    };
  }

  private static String top(DmlTarget t) {
    return t == null || t.count() == null ? "" : "TOP (" + t.count().toSql() + ")" + (t.percent() ? " PERCENT " : " ");
  }

  private static int position(List<ResultColumn> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw SqlErrors.INVALID_COLUMN.raise(name);
  }

  private static Object convert(Object value, SqlType from, SqlType to) {
    return value == null || from.equals(to) ? value : Conversions.convert(value, from, to);
  }

  /** The view's columns, as binding it gives them. */
  private List<ResultColumn> columns(List<String> view, BindContext bind) {
    return bind(("SELECT * FROM " + Names.quoteAll(view)), bind).plan().columns();
  }

  private record Rows(List<ResultColumn> columns, List<Object[]> rows) {}

  /** Runs query {@code text}, bound where the statement stands, and collects its rows. */
  private Rows read(String text, BindContext bind, Frame frame) {
    QueryBinder.Bound q = bind(text, bind);
    Operator op = new OperatorBuilder(frame.eval, state::checkCancelled, () -> {}).build(q.plan().root());
    List<Object[]> rows = new ArrayList<>();
    for (Object[] r; (r = op.next()) != null; ) {
      state.checkCancelled();
      rows.add(r);
    }
    return new Rows(q.plan().columns(), rows);
  }

  private QueryBinder.Bound bind(String text, BindContext bind) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    return new QueryBinder(bind).bindQuery(Parser.parseQuery(text, quoted));
  }

  private void fire(
      Target t, List<ResultColumn> columns, Set<String> assigned, List<Object[]> inserted, List<Object[]> deleted,
      Frame frame, ResultSink sink) {
    long n = Math.max(inserted.size(), deleted.size());
    TriggerFiring.fire(state, t.view().id(), columns, List.of(t.trigger()), inserted, deleted, assigned, n);
    dml.done(n, frame, sink);
  }
}
