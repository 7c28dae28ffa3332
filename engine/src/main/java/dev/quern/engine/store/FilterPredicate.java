package dev.quern.engine.store;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.Literals;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.TypedValue;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.lexer.Lexer;
import dev.quern.engine.parser.ExpressionParser;
import dev.quern.engine.parser.TokenStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE of a filtered index, as SQL Server allows it ("CREATE INDEX", filter_predicate): an AND
 * of comparisons of a column with a constant ({@code = <> != > >= !> < <= !<}), {@code IS [NOT]
 * NULL} and {@code IN (constants)}. Constants are converted to the column's type once, so a row is
 * tested without a binder. Stored as SQL Server shows it in sys.indexes.filter_definition, e.g.
 * {@code ([b] IS NOT NULL)}, and parsed back from there.
 */
public final class FilterPredicate {
  /** What one conjunct tests. */
  public enum Op {
    IS_NULL, IS_NOT_NULL, EQ, NE, LT, LE, GT, GE, IN;

    /** The comparison a T-SQL operator writes (= <> != < <= !> > >= !<), or null for others. */
    public static Op ofComparison(String op) {
      return switch (op) {
        case "=" -> EQ;
        case "<>", "!=" -> NE;
        case "<" -> LT;
        case "<=", "!>" -> LE;
        case ">" -> GT;
        case ">=", "!<" -> GE;
        default -> null;
      };
    }
  }

  /** {@code column op values}: the column by row position; values in the column's type. */
  public record Conjunct(int position, Op op, List<Object> values) {}

  private final Table table;
  private final List<Conjunct> conjuncts;
  private final String definition;

  private FilterPredicate(Table table, List<Conjunct> conjuncts, String definition) {
    this.table = table;
    this.conjuncts = List.copyOf(conjuncts);
    this.definition = definition;
  }

  public List<Conjunct> conjuncts() {
    return conjuncts;
  }

  /** The text sys.indexes.filter_definition shows and the catalog stores. */
  public String definition() {
    return definition;
  }

  /** The filters of the last definition of each table seen, parsed once per definition. */
  private record Parsed(Table table, java.util.Map<Integer, FilterPredicate> filters) {}

  private static final java.util.Map<Integer, Parsed> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The filter of a stored index (its definition was checked when it was created). */
  public static FilterPredicate of(Table table, Index index) {
    Parsed p = CACHE.get(table.id());
    if (p == null || p.table() != table) {
      java.util.Map<Integer, FilterPredicate> filters = new java.util.HashMap<>();
      for (Index i : table.indexes()) {
        if (i.filter() != null) {
          Expr e = new ExpressionParser(new TokenStream(Lexer.tokenize(i.filter(), true))).parse();
          filters.put(i.indexId(), define(table, i.name(), e));
        }
      }
      p = new Parsed(table, filters);
      CACHE.put(table.id(), p);
    }
    return p.filters().get(index.indexId());
  }

  /** A stored filter definition (a filtered statistics object's) parsed back; it was checked when written. */
  public static FilterPredicate parse(Table table, String name, String definition) {
    return define(table, name, new ExpressionParser(new TokenStream(Lexer.tokenize(definition, true))).parse());
  }

  /** What {@code TableStore} asks of a table's filtered indexes; null when it has none. */
  public static dev.quern.catalog.meta.TableStore.IndexFilter indexFilter(Table table) {
    for (Index i : table.indexes()) {
      if (i.filter() != null) {
        return (index, row) -> of(table, index).includes(row);
      }
    }
    return null;
  }

  /** Checks a written WHERE of CREATE INDEX: 10736, 207, 10610, 10621, 10617. */
  public static FilterPredicate define(Table table, String indexName, Expr where) {
    List<Conjunct> out = new ArrayList<>();
    List<String> text = new ArrayList<>();
    new Definer(table, indexName).conjuncts(where, out, text);
    if (text.size() > 1) {
      text.replaceAll(t -> t.contains(" OR ") ? "(" + t + ")" : t);
    }
    return new FilterPredicate(table, out, "(" + String.join(" AND ", text) + ")");
  }

  /** Whether {@code row} (in table column order) belongs in the index. */
  public boolean includes(Object[] row) {
    for (Conjunct c : conjuncts) {
      if (!holds(c, row[c.position()])) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(Conjunct c, Object v) {
    if (c.op() == Op.IS_NULL || c.op() == Op.IS_NOT_NULL) {
      return (v == null) == (c.op() == Op.IS_NULL);
    }
    if (v == null) {
      return false;
    }
    SqlType type = table.columns().get(c.position()).type();
    if (c.op() == Op.IN) {
      return c.values().stream().anyMatch(x -> Comparisons.compare(v, type, x, type) == 0);
    }
    return test(c.op(), Comparisons.compare(v, type, c.values().getFirst(), type));
  }

  /** Whether a comparison result {@code cmp} (value vs constant) satisfies {@code op}. */
  static boolean test(Op op, int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
      default -> throw new IllegalArgumentException(op.name());
    };
  }

  /** Turns a written WHERE into conjuncts and their filter_definition text. */
  private record Definer(Table table, String indexName) {
    void conjuncts(Expr e, List<Conjunct> out, List<String> text) {
      switch (unparen(e)) {
        case LogicalExpr l when l.and() -> {
          conjuncts(l.left(), out, text);
          conjuncts(l.right(), out, text);
        }
        case LogicalExpr l -> in(l, out, text);
        case IsNullExpr n -> {
          int pos = column(n.operand());
          out.add(new Conjunct(pos, n.not() ? Op.IS_NOT_NULL : Op.IS_NULL, List.of()));
          text.add(quoted(pos) + (n.not() ? " IS NOT NULL" : " IS NULL"));
        }
        case ComparisonExpr c -> comparison(c, out, text);
        case InListExpr i when !i.not() -> {
          int pos = column(i.operand());
          List<Object> values = new ArrayList<>();
          List<String> parts = new ArrayList<>();
          for (Expr item : i.items()) {
            values.add(constant(pos, item));
            parts.add(quoted(pos) + "=" + shown(item));
          }
          out.add(new Conjunct(pos, Op.IN, values));
          text.add(String.join(" OR ", parts));
        }
        default -> throw incorrect();
      }
    }

    /** {@code c = 1 OR c = 2}: how SQL Server shows an IN list, read back as one. */
    private void in(LogicalExpr or, List<Conjunct> out, List<String> text) {
      List<Expr> items = new ArrayList<>();
      Expr column = disjuncts(or, items, null);
      conjuncts(new InListExpr(column, items, false), out, text);
    }

    private Expr disjuncts(Expr e, List<Expr> items, Expr column) {
      Expr x = unparen(e);
      if (x instanceof LogicalExpr l && !l.and()) {
        Expr c = disjuncts(l.left(), items, column);
        return disjuncts(l.right(), items, c);
      }
      if (x instanceof ComparisonExpr c && c.op().equals("=") && unparen(c.left()) instanceof ColumnRef r
          && (column == null || ((ColumnRef) column).name().equalsIgnoreCase(r.name()))) {
        items.add(c.right());
        return r;
      }
      throw incorrect();
    }

    private void comparison(ComparisonExpr c, List<Conjunct> out, List<String> text) {
      Expr left = unparen(c.left());
      Expr right = unparen(c.right());
      String op = c.op();
      if (!(left instanceof ColumnRef) && right instanceof ColumnRef) {
        Expr t = left;
        left = right;
        right = t;
        op = ComparisonPredicate.swapped(op);
      }
      if (!(left instanceof ColumnRef) || op == null) {
        throw incorrect();
      }
      int pos = column(left);
      Op kind = Op.ofComparison(op);
      if (kind == null) {
        throw incorrect();
      }
      out.add(new Conjunct(pos, kind, List.of(constant(pos, right))));
      text.add(quoted(pos) + (op.equals("!=") ? "<>" : op) + shown(right));
    }


    private int column(Expr e) {
      if (!(unparen(e) instanceof ColumnRef r) || r.parts().size() > 1) {
        throw incorrect();
      }
      Column c = table.column(r.name()).orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(r.name()));
      if (c.computed() != null) {
        throw SqlErrors.FILTER_COMPUTED_COLUMN.raise(indexName, table.name(), c.name());
      }
      return table.position(c.columnId());
    }

    /** A literal (or a negated number) converted to the column's type. */
    private Object constant(int pos, Expr e) {
      Expr x = unparen(e);
      boolean negative = x instanceof UnaryExpr u && u.op() == '-';
      if (x instanceof UnaryExpr u && (u.op() == '-' || u.op() == '+')) {
        x = unparen(u.operand());
      }
      if (!(x instanceof Literal l)) {
        throw incorrect();
      }
      if (l.kind() == Literal.Kind.NULL) {
        throw SqlErrors.FILTER_NULL_LITERAL.raise(indexName, table.name());
      }
      Column c = table.columns().get(pos);
      try {
        TypedValue tv = switch (l.kind()) {
          case NUMBER -> Literals.numeric((negative ? "-" : "") + l.text());
          case FLOAT -> Literals.floating((negative ? "-" : "") + l.text());
          case MONEY -> Literals.money((negative ? "-" : "") + l.text());
          case STRING -> Literals.string(l.text());
          case NSTRING -> Literals.nstring(l.text());
          case BINARY -> Literals.binary(l.text());
          default -> throw incorrect();
        };
        return Conversions.convertImplicitly(tv.value(), tv.type(), c.type());
      } catch (SqlValueException | IllegalArgumentException ex) {
        throw SqlErrors.FILTER_CONSTANT_UNCONVERTIBLE.raise(indexName, table.name(), c.name());
      }
    }

    /** A constant as filter_definition shows it: numbers in parentheses, strings quoted. */
    private static String shown(Expr e) {
      Expr x = unparen(e);
      boolean number = x instanceof Literal l
          && (l.kind() == Literal.Kind.NUMBER || l.kind() == Literal.Kind.FLOAT || l.kind() == Literal.Kind.MONEY);
      return number || x instanceof UnaryExpr ? "(" + x.toSql() + ")" : x.toSql();
    }

    /** Always bracketed, as filter_definition shows column names. */
    private String quoted(int pos) {
      return "[" + table.columns().get(pos).name().replace("]", "]]") + "]";
    }

    private dev.quern.engine.error.SqlException incorrect() {
      return SqlErrors.FILTER_INCORRECT.raise(indexName, table.name());
    }

    private static Expr unparen(Expr e) {
      Expr x = e;
      while (x instanceof ParenExpr p) {
        x = p.inner();
      }
      return x;
    }
  }
}
