package dev.quern.engine.dbcc;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * DBCC CHECKCONSTRAINTS [(table | constraint)] [WITH ALL_CONSTRAINTS | ALL_ERRORMSGS]: the rows
 * that break a CHECK or FOREIGN KEY constraint, as left behind by WITH NOCHECK or a constraint
 * that was disabled. One result row per breaking row: the table, the constraint and a Where text
 * naming the values ({@code [col] = 'value' AND …}). Enabled constraints only unless
 * ALL_CONSTRAINTS; at most 200 rows per constraint unless ALL_ERRORMSGS. Each constraint is
 * checked by a query run nested (a CHECK's rows where its condition is false, a foreign key's rows
 * with no NULL in the key and no referenced row), so it reads what the session's isolation level
 * lets it read.
 */
final class CheckConstraintsCommand implements DbccCommand {
  private static final SqlType TEXT = SqlType.ofLength(TypeId.NVARCHAR, 4000);
  private static final List<ResultColumn> COLUMNS =
      List.of(new ResultColumn("Table", TEXT, true), new ResultColumn("Constraint", TEXT, true),
          new ResultColumn("Where", TEXT, true));
  private static final int DEFAULT_LIMIT = 200;

  @Override
  public String name() {
    return "CHECKCONSTRAINTS";
  }

  @Override
  public void authorize(DbccCall call) {
    var s = call.state();
    DbccAccess.databaseOwner(call, "checkconstraints", s.server().databases().byId(s.databaseId()).orElseThrow());
  }

  @Override
  public void run(DbccCall call) {
    SessionState s = call.state();
    Catalog catalog = s.store().storage().catalog(s.databaseId());
    Metadata md = s.store().snapshot(catalog);
    Object target = call.argument(0);
    boolean all = call.option("ALL_CONSTRAINTS");
    List<Object[]> found = new ArrayList<>();
    boolean matched = false;
    for (Schema schema : md.schemas(s.databaseId())) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (!(o instanceof Table t) || t.name().startsWith("#")) {
          continue;
        }
        boolean wholeTable = target == null || names(target, schema, t.name(), t.id());
        for (Constraint c : t.constraints()) {
          boolean asked = wholeTable || target != null && names(target, schema, c.name(), c.objectId());
          if (!asked || !(c instanceof Constraint.Check || c instanceof Constraint.ForeignKey)) {
            continue;
          }
          matched = true;
          // A table or the whole database: enabled ones unless ALL_CONSTRAINTS; one constraint asked by name: always.
          if (c.disabled() && !all && wholeTable) {
            continue;
          }
          String query = c instanceof Constraint.Check k ? check(schema, t, k) : foreignKey(md, schema, t, (Constraint.ForeignKey) c);
          for (String where : run(call, query, call.option("ALL_ERRORMSGS") ? Integer.MAX_VALUE : DEFAULT_LIMIT)) {
            found.add(new Object[] {bracketed(schema.name()) + "." + bracketed(t.name()), bracketed(c.name()), where});
          }
        }
      }
    }
    if (target != null && !matched && !namesTable(md, s.databaseId(), target)) {
      throw DbccErrors.NO_SUCH_TABLE.raise(target);
    }
    if (!found.isEmpty()) {
      call.rows(COLUMNS, found);
    }
  }

  /** Whether {@code target} (a name, possibly qualified, or an object id) names this object. */
  private static boolean names(Object target, Schema schema, String name, int id) {
    if (target instanceof Number n) {
      return n.intValue() == id;
    }
    List<String> parts = CheckCommand.parts(target.toString());
    String last = parts.getLast();
    boolean schemaOk = parts.size() < 2 || parts.get(parts.size() - 2).isEmpty()
        || parts.get(parts.size() - 2).equalsIgnoreCase(schema.name());
    return schemaOk && last.equalsIgnoreCase(name);
  }

  private static boolean namesTable(Metadata md, int databaseId, Object target) {
    for (Schema schema : md.schemas(databaseId)) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (o instanceof Table t && names(target, schema, t.name(), t.id())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Where texts of the rows whose CHECK condition is false (not unknown). */
  private static String check(Schema schema, Table t, Constraint.Check k) {
    List<String> columns = new ArrayList<>();
    if (k.columnId() > 0) {
      columns.add(t.columnById(k.columnId()).name());
    } else {
      columns.addAll(referenced(t, k.expression()));
    }
    return "SELECT " + whereText(columns, "") + " FROM " + bracketed(schema.name()) + "." + bracketed(t.name())
        + " WHERE NOT (" + k.expression() + ")";
  }

  /** The Where texts of the rows whose key has no NULL and no referenced row. */
  private static String foreignKey(Metadata md, Schema schema, Table child, Constraint.ForeignKey f) {
    Table parent = md.table(f.refTableId()).orElseThrow();
    Schema parentSchema = md.schema(parent.schemaId()).orElseThrow();
    List<String> fk = f.columns().stream().map(id -> child.columnById(id).name()).toList();
    List<String> pk = f.refColumns().stream().map(id -> parent.columnById(id).name()).toList();
    StringBuilder sql = new StringBuilder("SELECT ").append(whereText(fk, "c."))
        .append(" FROM ").append(bracketed(schema.name())).append('.').append(bracketed(child.name())).append(" c WHERE ");
    for (String c : fk) {
      sql.append("c.").append(bracketed(c)).append(" IS NOT NULL AND ");
    }
    sql.append("NOT EXISTS (SELECT 1 FROM ").append(bracketed(parentSchema.name())).append('.').append(bracketed(parent.name()))
        .append(" p WHERE ");
    for (int i = 0; i < fk.size(); i++) {
      sql.append(i == 0 ? "" : " AND ").append("p.").append(bracketed(pk.get(i))).append(" = c.").append(bracketed(fk.get(i)));
    }
    return sql.append(")").toString();
  }

  /** {@code '[a] = ''' + CAST(a AS nvarchar(4000)) + '''' + ' AND ' + …}: one text column. */
  private static String whereText(List<String> columns, String prefix) {
    if (columns.isEmpty()) {
      return "N''";
    }
    List<String> parts = new ArrayList<>();
    for (String c : columns) {
      String q = bracketed(c).replace("'", "''");
      parts.add("N'" + q + " = ' + ISNULL(N'''' + REPLACE(CAST(" + prefix + bracketed(c) + " AS nvarchar(4000)), N'''', N'''''') + N'''', N'NULL')");
    }
    return String.join(" + N' AND ' + ", parts);
  }

  /** The table's columns the CHECK expression names (its identifiers, compared case-insensitively). */
  private static Set<String> referenced(Table t, String expression) {
    Set<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (var token : dev.quern.engine.lexer.Lexer.tokenize(expression, true)) {
      words.add(token.value());
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Column c : t.columns()) {
      if (words.contains(c.name())) {
        out.add(c.name());
      }
    }
    return out;
  }

  /** Runs {@code sql} nested and returns its first column's values, at most {@code limit}. */
  private static List<String> run(DbccCall call, String sql, int limit) {
    BatchPlan plan = call.host().compile(sql, List.of(), "");
    List<String> out = new ArrayList<>();
    List<SqlMessage> errors = new ArrayList<>();
    call.host().runCapturing(plan, new Object[plan.frameSize()], new DiscardingSink() {
      @Override
      public void row(Object[] values) {
        if (out.size() < limit) {
          out.add((String) values[0]);
        }
      }

      @Override
      public void message(SqlMessage message) {
        if (message.isError()) {
          errors.add(message);
        }
      }
    });
    if (!errors.isEmpty()) {
      SqlMessage e = errors.getFirst();
      throw new SqlException(e.number(), e.severity(), e.state(), e.text(), dev.quern.engine.error.Abort.STATEMENT);
    }
    return out;
  }

}
